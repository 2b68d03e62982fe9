import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderPdf, type PdfFonts } from '../../src/render/pdf';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { completeDraft, TODAY } from '../support/drafts';
import { convertWithLibreOffice, run, runPythonJson } from '../support/interop';
import { scrambleText, seededRandom } from '../support/random-text';

/**
 * A property test: random text — control characters, emoji, right-to-left text, combining
 * marks, template syntax, 10,000-character fields — in every text field of a draft always gives
 * a DOCX that python-docx and LibreOffice open and a PDF that qpdf accepts. Each case is a seed,
 * so a failure can be replayed; LibreOffice is slow, so all DOCX files go through one run.
 */
const SEEDS = [11, 2026, 16524, 855, 300];
const READER = fileURLToPath(new URL('./docx_paragraphs.py', import.meta.url));

describe('random text in every field', () => {
  let dir: string;
  let fonts: PdfFonts;
  const files = new Map<number, { docx: string; pdf: string; missing: string[] }>();
  let converted: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'random-text-'));
    fonts = await loadPdfFontsFromDisk();
    for (const seed of SEEDS) {
      const draft = scrambleText(completeDraft(['Lassen', 'Modoc']), seededRandom(seed));
      const prepared = prepareExport(draft, { final: false, today: TODAY });
      if (!prepared.ok) throw new Error('a draft export is never refused');
      const docx = join(dir, `seed-${seed}.docx`);
      const pdf = join(dir, `seed-${seed}.pdf`);
      await writeFile(docx, await renderDocx(prepared.value, fonts));
      const rendered = await renderPdf(prepared.value, fonts);
      await writeFile(pdf, rendered.bytes);
      files.set(seed, { docx, pdf, missing: rendered.missingGlyphs });
    }
    await mkdir(join(dir, 'office'));
    converted = await convertWithLibreOffice(SEEDS.map((seed) => files.get(seed)!.docx), join(dir, 'office'));
  }, 400_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives DOCX files that LibreOffice converts, one PDF each', () => {
    expect(converted).toHaveLength(SEEDS.length);
  });

  it.each(SEEDS)('seed %i: the DOCX opens in python-docx', async (seed) => {
    const view = await runPythonJson<{ paragraphs: unknown[] }>(READER, [files.get(seed)!.docx]);
    expect(view.paragraphs.length).toBeGreaterThan(50);
  });

  it.each(SEEDS)('seed %i: the PDF passes qpdf --check and reports the characters its font lacks', async (seed) => {
    const { pdf, missing } = files.get(seed)!;
    await expect(run('qpdf', ['--check', pdf])).resolves.toContain('No syntax or stream encoding errors');
    // The random text always includes some emoji or CJK, which a Latin serif font does not have.
    expect(missing.length).toBeGreaterThan(0);
  });
});
