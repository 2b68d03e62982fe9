import { MISSING_YOUTH_CONTACTS, type MissingYouthContact } from '../model';
import { checkDraft, hasBlocking } from '../requirements';
import { todayIso } from '../lib/dates';
import { nodeDeflate } from '../render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { findingsAsJson, formatFindings, formatUnshownRefusal } from './format-findings';
import { EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';

export async function checkCommand(args: readonly string[], io: Io, today?: string): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: ['--json'], values: ['--expect-notified'] });
  const list = values.get('--expect-notified');
  // `--expect-notified FILE` with the list left out takes the file's name as the list.
  if (positional.length === 0 && list !== undefined && /\.json$/i.test(list)) {
    throw new UsageError(`--expect-notified takes a list of recipients (such as casa,juvenile-court), and was given ${list}: name the list after it, and the draft file apart.`);
  }
  if (positional.length !== 1) throw new UsageError('Name exactly one draft file.');
  const expected = list !== undefined ? recipients(list) : [];
  const draft = await readDraftArgument(positional[0]!, io);
  if (!draft) return EXIT.unreadable;
  const findings = checkDraft(draft, { ...(today ? { today } : {}), config: { missingFromCareRecipients: expected } });
  // With no blocking finding, a final export can still be refused: the final PDF's typeface may
  // lack a character of the text (a name in another script, an emoji). Said here, not first by
  // `export --final` or `packet`.
  const unshown = hasBlocking(findings) ? null : await (await import('../review/packet')).finalPdfsUnshown(draft,
    { today: today ?? todayIso(), fonts: await loadPdfFontsFromDisk(), deflate: nodeDeflate });
  if (flags.has('--json')) {
    io.out(`${JSON.stringify(findingsAsJson(findings), null, 2)}\n`);
    // The array holds the law's findings only; why it exits 1 with none blocking goes where its notes go.
    if (unshown) io.err(formatUnshownRefusal('A final PDF would be', draft, unshown, 'export the final Word file (export --final --docx OUT.docx)', { wrote: false }));
  } else io.out(formatFindings(draft, findings, { unshown: unshown ?? undefined }));
  return hasBlocking(findings) || unshown ? EXIT.blocking : EXIT.ok;
}

/** A county's own list of whom a missing-from-care notice should reach, beyond those the law names. */
function recipients(list: string): MissingYouthContact[] {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const known = new Set<string>(MISSING_YOUTH_CONTACTS);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(`--expect-notified does not know ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')}. Use a comma-separated list of: ${MISSING_YOUTH_CONTACTS.join(', ')}.`);
  }
  return names as MissingYouthContact[];
}
