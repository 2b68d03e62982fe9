// Node module hooks so the CLI (run through tsx) can import .hbs templates the way Vite does.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { precompileTemplate } from './handlebars-precompile.js';

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.hbs')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const source = await readFile(file, 'utf8');
  return { format: 'module', source: precompileTemplate(source, file), shortCircuit: true };
}
