#!/usr/bin/env node
// The CLI is written in TypeScript and shares the app's core; tsx runs it without a build step,
// and a module hook precompiles the MOU's Handlebars templates as Vite does for the app.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook('../tools/handlebars-node-hooks.js', import.meta.url);
register();
await import('../src/cli/bin.ts');
