import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/document';
import { describeRestoreError, restoreDraft } from '../../src/model';
import { TODAY } from '../support/drafts';

// Golden files of the document model, so that a template change shows up as a reviewed diff.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/document/golden.test.ts
const CASES = [
  { example: 'complete-single-county', final: true },
  { example: 'draft-with-blocking-findings', final: false },
] as const;

describe('the document model of the examples', () => {
  it.each(CASES)('matches the reviewed golden file for $example', ({ example, final }) => {
    const restored = restoreDraft(readFileSync(new URL(`../../examples/${example}.csecmou.json`, import.meta.url), 'utf8'));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const result = prepareExport(restored.value.draft, { final, today: TODAY });
    if (!result.ok) throw new Error(`${example} should export`);
    const golden = new URL(`../golden/${example}.document.json`, import.meta.url);
    const actual = `${JSON.stringify(result.value, null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
    expect(existsSync(golden), 'golden file missing: run with UPDATE_GOLDEN=1 and review it').toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
