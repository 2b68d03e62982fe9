#!/usr/bin/env node
// The CLI is written in TypeScript and shares the app's core; tools/register.js lets Node run
// it without a build step and precompiles the MOU's templates as Vite does for the app.
import '../tools/register.js';

await import('../src/cli/bin.ts');
