import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { todayIso } from '../lib/dates';
import { prepareExport } from '../document';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { formatFindings } from './format-findings';
import { EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';

/** Writes beside the target and renames, so a failed export never leaves half a file. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function exportCommand(args: readonly string[], io: Io, today = todayIso()): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: ['--final'], values: ['--docx', '--pdf'] });
  if (positional.length !== 1) throw new UsageError('Name exactly one draft file.');
  const file = positional[0]!;
  const final = flags.has('--final');
  // With neither option, write both beside the draft: county.csecmou.json -> county.docx, county.pdf.
  const stem = file.replace(/(\.csecmou)?\.json$/i, '');
  const docxPath = values.get('--docx') ?? (values.has('--pdf') ? null : `${stem}.docx`);
  const pdfPath = values.get('--pdf') ?? (values.has('--docx') ? null : `${stem}.pdf`);

  const draft = await readDraftArgument(file, io);
  if (!draft) return EXIT.unreadable;
  const prepared = prepareExport(draft, { final, today });
  if (!prepared.ok) {
    io.err(`Final export refused: ${prepared.error.length} blocking ${prepared.error.length === 1 ? 'finding stands' : 'findings stand'}. Nothing was written.\n\n`);
    io.err(formatFindings(draft, prepared.error));
    return EXIT.blocking;
  }
  const doc = prepared.value;
  const [docx, pdf] = await Promise.all([
    docxPath ? renderDocx(doc) : null,
    pdfPath ? loadPdfFontsFromDisk().then((fonts) => renderPdf(doc, fonts)) : null,
  ]);
  if (docxPath && docx) await writeWhole(docxPath, docx);
  if (pdfPath && pdf) await writeWhole(pdfPath, pdf.bytes);
  const marking = final ? 'final' : 'draft (marked DRAFT on every page)';
  for (const path of [docxPath, pdfPath]) if (path) io.out(`Wrote ${path}: ${marking}.\n`);
  if (pdf && pdf.missingGlyphs.length > 0) {
    io.err(`Note: the PDF font has no glyph for ${pdf.missingGlyphs.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}; each was replaced. The DOCX keeps them.\n`);
  }
  return EXIT.ok;
}
