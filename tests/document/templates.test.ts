import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { precompileTemplate } from '../../tools/handlebars-precompile.js';

const dir = new URL('../../templates/mou/', import.meta.url);
const load = (source: string) => {
  const module = precompileTemplate(source, 'test.hbs');
  // The module text is `export default <spec>;`: evaluate the spec the way a bundler would.
  const spec = new Function(`return ${module.replace(/^export default /, '').replace(/;\s*$/, '')}`)();
  return Handlebars.create().template(spec);
};

describe('the MOU templates', () => {
  it('all precompile in strict mode with only the built-in helpers', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.hbs'));
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const file of files) expect(() => precompileTemplate(readFileSync(new URL(file, dir), 'utf8'), file)).not.toThrow();
  });

  it('refuse a helper that is not known, naming the file', () => {
    expect(() => precompileTemplate('{{shout name}}', 'bad.hbs')).toThrow(/^bad\.hbs: /);
  });

  it('fail loudly on a field the view does not have, instead of printing nothing', () => {
    expect(() => load('<p>{{agency.nmae}}</p>')({ agency: { name: 'Probation' } })).toThrow(/"nmae" not defined/);
  });

  it('escape what they insert, so user text cannot become markup', () => {
    expect(load('<p>{{text}}</p>')({ text: '</p><h1>x</h1> & {{y}}' })).toBe('<p>&lt;/p&gt;&lt;h1&gt;x&lt;/h1&gt; &amp; {{y}}</p>');
  });
});
