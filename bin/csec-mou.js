#!/usr/bin/env node
// The CLI is written in TypeScript and shares the app's core; tsx runs it without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/bin.ts');
