import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFileJsonSchema } from '../../src/model/json-schema';

describe('the published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/draft.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(draftFileJsonSchema());
  });
});
