// Helpers for the command-line tests, which run `csec-mou` in the test's own process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { TODAY } from './drafts';

/** A fresh folder, and a way to write a file into it and get its path. */
export function scratchFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  return { dir, file };
}

/** Runs `csec-mou ARGS` on the tests' date, collecting what it prints. */
export async function csecMou(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; } }, TODAY);
  return { code, out, err };
}
