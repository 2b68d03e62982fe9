// Regenerates docs/draft.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { draftFileJsonSchema } from '../src/model/json-schema';

const target = new URL('../docs/draft.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(draftFileJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
