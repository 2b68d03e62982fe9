import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

const problems = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
};

describe('code shape', () => {
  it('the whole project passes lint, including the import direction of STYLE.md', async () => {
    const results = await eslint.lintFiles(['.']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('refuses a writer that imports the draft model', async () => {
    expect(await problems("import { DRAFT_FORMAT } from '../model';\nexport const f = DRAFT_FORMAT;\n", 'src/render/probe.ts'))
      .toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/render may not import src\/model/)]);
  });

  it('refuses React in the rule engine and browser storage outside src/storage', async () => {
    const found = await problems("import { useState } from 'react';\nexport const f = [useState, localStorage];\n", 'src/requirements/probe.ts');
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*React belongs in src\/wizard and src\/app/),
      expect.stringMatching(/^no-restricted-globals: .*Only src\/storage/),
    ]);
  });

  it('refuses the model importing the rules above it', async () => {
    expect(await problems("import { RULES } from '../requirements';\nexport const n = RULES;\n", 'src/model/probe.ts'))
      .toEqual([expect.stringMatching(/src\/model may not import src\/requirements/)]);
  });

  it('the project type-checks under strict TypeScript', async () => {
    const output = await promisify(execFile)('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])
      .then(({ stdout }) => stdout, (error: { stdout: string }) => error.stdout || String(error));
    expect(output).toBe('');
  }, 120_000);
});
