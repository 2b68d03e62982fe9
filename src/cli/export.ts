import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { todayIso } from '../lib/dates';
import { prepareExport } from '../document';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { formatFindings } from './format-findings';
import { EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';
import { WriteError, writeAll } from './write-files';

/** The file a path names, following links, so that two spellings of one file compare equal. */
async function identity(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    try {
      return join(await realpath(dirname(full)), basename(full));
    } catch {
      return full;
    }
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

  // An output that is the draft itself, or one file named for both formats, would destroy work:
  // refused before anything is read or written.
  const input = await identity(file);
  const outputs = await Promise.all([docxPath, pdfPath].map((path) => (path ? identity(path) : null)));
  for (const [index, output] of outputs.entries()) {
    const option = index === 0 ? '--docx' : '--pdf';
    if (output === input) {
      io.err(`${option} names the draft file itself (${file}); nothing was written. Choose another name.\n`);
      return EXIT.unreadable;
    }
  }
  if (outputs[0] && outputs[0] === outputs[1]) {
    io.err(`--docx and --pdf name the same file (${docxPath}); nothing was written. Choose a name for each.\n`);
    return EXIT.unreadable;
  }

  const draft = await readDraftArgument(file, io);
  if (!draft) return EXIT.unreadable;
  const prepared = prepareExport(draft, { final, today });
  if (!prepared.ok) {
    io.err(`Final export refused: ${prepared.error.length} blocking ${prepared.error.length === 1 ? 'finding stands' : 'findings stand'}. Nothing was written.\n\n`);
    io.err(formatFindings(draft, prepared.error));
    return EXIT.blocking;
  }
  const doc = prepared.value;
  // Both files are set in the same fonts: the PDF embeds their subsets, the Word file copies of its own.
  const fonts = await loadPdfFontsFromDisk();
  const [docx, pdf] = await Promise.all([
    docxPath ? renderDocx(doc, fonts) : null,
    pdfPath ? renderPdf(doc, fonts) : null,
  ]);
  try {
    await writeAll([
      ...(docxPath && docx ? [{ path: docxPath, bytes: docx }] : []),
      ...(pdfPath && pdf ? [{ path: pdfPath, bytes: pdf.bytes }] : []),
    ]);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.err(`${error.message} Nothing was written.\n`);
    return EXIT.unreadable;
  }
  const marking = final ? 'final' : 'draft (marked DRAFT on every page)';
  for (const path of [docxPath, pdfPath]) if (path) io.out(`Wrote ${path}: ${marking}.\n`);
  if (pdf && pdf.missingGlyphs.length > 0) {
    io.err(`Note: the PDF font has no glyph for ${pdf.missingGlyphs.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}; each was replaced. The DOCX keeps them.\n`);
  }
  return EXIT.ok;
}
