#!/usr/bin/env node
// The CLI is written in TypeScript and shares the app's core. It runs from a bundle compiled
// once and kept until a source changes (tools/cli-bundle.js); where none can be built, the
// sources run through tools/register.js, which compiles them and the templates on the way.
import { readFileSync } from 'node:fs';

// The Node version package.json asks for ("engines"), checked before anything else loads.
const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [needMajor = 0, needMinor = 0] = (/(\d+)(?:\.(\d+))?/.exec(engines.node) ?? []).slice(1).map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(`csec-mou needs Node ${engines.node.replace(/^>=\s*/, '')} or newer; this is Node ${process.versions.node}.\n`);
  process.exit(2);
}

const { cliBundle } = await import('../tools/cli-bundle.js');
const bundle = await cliBundle();
if (bundle) {
  await import(bundle);
} else {
  await import('../tools/register.js');
  await import('../src/cli/bin.ts');
}
