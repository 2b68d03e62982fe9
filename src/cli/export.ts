import { todayIso } from '../lib/dates';
import { prepareDocuments, withOpenComments } from '../document';
import { nodeDeflate } from '../render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { unshownIn } from '../document/unshown';
import { unshownNote } from '../render/unshown';
import { codePoint, formatRefusal, formatUnshownRefusal } from './format-findings';
import { ACCEPT_CHANGED, EXIT, parseArguments, readDraftArgument, UsageError, withEnding, type Io } from './io';
import { fileIdentity as identity, WriteError, writeAll } from './write-files';
import { plural } from '../lib/words';
import { commentState } from '../model/comments';


/** The writers, each loaded only when a file in its format is asked for. */
const writers = {
  docx: () => import('../render/docx'),
  pdf: () => import('../render/pdf'),
};

/** One file to write: which document, in which format, under which option. */
interface Output { option: '--docx' | '--pdf' | '--report'; path: string; document: 'mou' | 'report'; format: 'docx' | 'pdf' }

/** The files the options ask for; with none of them, the MOU in both formats beside the draft. */
function outputsOf(file: string, values: ReadonlyMap<string, string>): Output[] {
  const report = values.get('--report');
  if (report !== undefined && !/\.(pdf|docx)$/i.test(report)) throw new UsageError('--report names a file ending in .pdf or .docx; its ending says which to write.');
  // A name whose ending says the other format (the options swapped) would give a file that no
  // program opens by its name.
  for (const [option, ending] of [['--pdf', '.pdf'], ['--docx', '.docx']] as const) {
    const path = values.get(option);
    if (path !== undefined && !path.toLowerCase().endsWith(ending)) throw new UsageError(`${option} names a file ending in ${ending}, such as ${withEnding(path, ending)}.`);
  }
  const named: Output[] = [
    ...(values.has('--docx') ? [{ option: '--docx' as const, path: values.get('--docx')!, document: 'mou' as const, format: 'docx' as const }] : []),
    ...(values.has('--pdf') ? [{ option: '--pdf' as const, path: values.get('--pdf')!, document: 'mou' as const, format: 'pdf' as const }] : []),
    ...(report !== undefined ? [{ option: '--report' as const, path: report, document: 'report' as const, format: /\.pdf$/i.test(report) ? 'pdf' as const : 'docx' as const }] : []),
  ];
  if (named.length > 0) return named;
  // county.csecmou.json -> county.docx, county.pdf
  const stem = file.replace(/(\.csecmou)?\.json$/i, '');
  return [
    { option: '--docx', path: `${stem}.docx`, document: 'mou', format: 'docx' },
    { option: '--pdf', path: `${stem}.pdf`, document: 'mou', format: 'pdf' },
  ];
}

export async function exportCommand(args: readonly string[], io: Io, today = todayIso()): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: ['--final', '--comments', ACCEPT_CHANGED], values: ['--docx', '--pdf', '--report'] });
  if (positional.length !== 1) throw new UsageError('Name exactly one draft file.');
  const file = positional[0]!;
  const final = flags.has('--final');
  const comments = flags.has('--comments');
  if (comments && final) throw new UsageError('--comments puts reviewers’ open comments in a draft Word file; a final MOU carries none. Leave out --final.');
  const outputs = outputsOf(file, values);
  if (comments && !outputs.some((o) => o.document === 'mou' && o.format === 'docx')) throw new UsageError('--comments puts the open comments in the MOU’s Word file: name one with --docx.');

  // An output that is the draft itself, or one file named for two outputs, would destroy work:
  // refused before anything is read or written.
  const input = await identity(file);
  const targets = await Promise.all(outputs.map((output) => identity(output.path)));
  for (const [index, target] of targets.entries()) {
    const { option, path } = outputs[index]!;
    if (target === input) {
      io.err(`${option} names the draft file itself (${file}); nothing was written. Choose another name.\n`);
      return EXIT.unreadable;
    }
    const earlier = targets.indexOf(target);
    if (earlier < index) {
      io.err(`${outputs[earlier]!.option} and ${option} name the same file (${path}); nothing was written. Choose a name for each.\n`);
      return EXIT.unreadable;
    }
  }

  const draft = await readDraftArgument(file, io, flags.has('--final') ? { making: 'a final export', accepted: flags.has(ACCEPT_CHANGED) } : {});
  if (!draft) return EXIT.unreadable;
  const prepared = prepareDocuments(draft, { final, today }, { mou: outputs.some((o) => o.document === 'mou'), report: outputs.some((o) => o.document === 'report') });
  if (!prepared.ok) {
    io.err(formatRefusal('Final export', draft, prepared.error));
    return EXIT.blocking;
  }
  // Every file is set in the same fonts: a PDF embeds their subsets, a Word file copies of its own.
  const fonts = await loadPdfFontsFromDisk();
  // What a comment is about, in the wizard's words: loaded only when comments are asked for.
  const places = comments ? await import('../review/comments-text') : null;
  const missing = new Set<string>();
  // The options of the PDFs that could not show every character, for the way to their Word files.
  const short = new Set<'--pdf' | '--report'>();
  const written = await Promise.all(outputs.map(async (output) => {
    // Asked for above: each output's document is there. Comments go in the margin of the MOU's Word file.
    const asked = prepared.value[output.document]!;
    const doc = places && output.document === 'mou' && output.format === 'docx'
      ? withOpenComments(asked, draft, (comment) => places.commentAbout(draft, comment), (comment) => places.choiceWords(draft, comment.anchor)) : asked;
    if (output.format === 'docx') return { path: output.path, bytes: await (await writers.docx()).renderDocx(doc, fonts) };
    const pdf = await (await writers.pdf()).renderPdf(doc, fonts, { deflate: nodeDeflate });
    for (const char of pdf.missingGlyphs) missing.add(char);
    if (pdf.missingGlyphs.length > 0) short.add(output.option === '--report' ? '--report' : '--pdf');
    return { path: output.path, bytes: pdf.bytes };
  }));
  // A final PDF that would print a Party's or signer's name as replacement marks is not written,
  // nor is anything else asked for with it.
  if (final && missing.size > 0) {
    const instead = [...(short.has('--pdf') ? ['the MOU with --docx'] : []), ...(short.has('--report') ? ['the report with --report ending in .docx'] : [])];
    io.err(formatUnshownRefusal('Final export', draft, unshownIn(draft, [...missing]), `ask for ${instead.join(' and ')}`));
    return EXIT.blocking;
  }
  try {
    await writeAll(written);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.err(`${error.message} Nothing was written.\n`);
    return EXIT.unreadable;
  }
  const marking = final ? 'final' : 'draft (marked DRAFT on every page)';
  const open = draft.comments.filter((c) => commentState(c) === 'open').length;
  for (const output of outputs) {
    const withComments = comments && output.document === 'mou' && output.format === 'docx' ? `, with ${plural(open, 'open comment')} in the margin` : '';
    io.out(`Wrote ${output.path}: ${output.document === 'report' ? 'compliance report, ' : ''}${marking}${withComments}.\n`);
  }
  if (missing.size > 0) {
    io.err(`Note: ${unshownNote([...missing], codePoint)}\n`);
  }
  return EXIT.ok;
}
