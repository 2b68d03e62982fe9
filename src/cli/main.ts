import { EXIT, UsageError, type Io } from './io';

export { EXIT, type Io } from './io';

const USAGE = `Usage:
  csec-mou check FILE [--json] [--expect-notified LIST]
      Checks a draft protocol file against SB 855 and related law.
      --expect-notified casa,parents-attorneys,juvenile-court warns when the missing-from-care
      notice does not reach these recipients, beyond those the law names. With no blocking
      finding, it also says whether the final PDF's typeface can print every character.
      Exit status: 0 nothing stops a final export, 1 a blocking finding stands or the final PDF
      cannot print a character, 2 FILE is not a readable draft.

  csec-mou export FILE [--docx OUT.docx] [--pdf OUT.pdf] [--report OUT.pdf|OUT.docx] [--final [--accept-changed] | --comments]
      Writes the MOU as Word and PDF (both beside FILE when no output is named), and with
      --report the compliance report (the crosswalk, accepted warnings and open findings) as PDF
      or Word by the name's ending. A draft export is marked DRAFT on every page; --final is
      refused while a blocking finding stands. --comments puts the draft's open comments and
      their replies in the Word file's margin, as Word comments. A final export of a file changed
      after it was saved (its checksum does not match) is refused unless --accept-changed is named.
      Exit status: 0 written, 1 final export refused (nothing written), 2 FILE is not a readable
      draft, or an output cannot be written or names FILE or another output.

  csec-mou compare OLD NEW [--json] [--docx REDLINE.docx [--author NAME]]
      Says what changed from the older draft to the newer, part by part: answers and text
      (word by word), agencies, MDT tiers and added sections (matched by their ids, so a
      reordered list is a move), and the findings that appeared or were resolved. With --docx,
      also writes the newer MOU (a draft) as a Word file with the changes as tracked changes,
      attributed to NAME (default "csec-mou compare").
      Exit status: 0 no differences, 1 differences, 2 OLD or NEW is not a readable draft (or REDLINE cannot be written).

  csec-mou comments FILE [REVIEW.csecreview.json ...] [--out MERGED.csecmou.json] [--open] [--other-title]
      Lists the draft's comments and reviewers' verdicts part by part (--open: open comments
      only), after taking in any review files named; --out writes the draft with them merged
      (its text unchanged), never over a file that is not a draft of this same protocol. A review
      of a draft of another title (a county's other protocol, or this one retitled since) is
      refused unless --other-title is named.
      Exit status: 0 no open comment, 1 open comments, 2 a file is not readable, is a review of
      another county's or another title's draft, or MERGED cannot or may not be written.

  csec-mou packet FILE --out PACKET.zip [--accept-changed]
      Writes the submission packet for CDSS: the final MOU as PDF and Word, the final compliance
      report, the signature status sheet and the draft file, each final file carrying the content
      hash. Refused while a blocking finding stands, and for a file changed after it was saved
      unless --accept-changed is named.
      Exit status: 0 written, 1 refused (nothing written), 2 FILE is not a readable draft or PACKET cannot be written.

  csec-mou verify FILE PDF
      Checks that PDF is the final MOU of FILE's content: a final export carries the content hash
      of the draft it was made from (footer and properties), and FILE's content must hash the same.
      Exit status: 0 it matches, 1 it does not (or the PDF carries no hash, or is the compliance
      report or signature status sheet), 2 FILE or PDF cannot be read.

  Every command also exits 2 when it is misused: an unknown option, an option without its
  value, or the wrong number of files.
`;

/** The usage of one command, where a misuse of it is said: the whole would push the reason off the screen. */
function usageOf(command: string | undefined): string {
  const block = USAGE.split(/\n(?= {2}csec-mou )/).find((part) => part.startsWith(`  csec-mou ${command} `));
  return block ? `Usage:\n${block.trimEnd()}\n\nRun \`csec-mou help\` for every command.\n` : USAGE;
}

export async function run(argv: readonly string[], io: Io, today?: string): Promise<number> {
  const [command, ...rest] = argv;
  // Asked for anywhere (`csec-mou export --help`), help is help: not a file named -h, nor an unknown option.
  if (command === 'help' || argv.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    // Each command loads only what it needs: checking never loads the writers or the fonts.
    if (command === 'check') return await (await import('./check')).checkCommand(rest, io, today);
    if (command === 'export') return await (await import('./export')).exportCommand(rest, io, today);
    if (command === 'compare') return await (await import('./compare')).compareCommand(rest, io, today);
    if (command === 'verify') return await (await import('./verify')).verifyCommand(rest, io);
    if (command === 'packet') return await (await import('./packet')).packetCommand(rest, io, today);
    if (command === 'comments') return await (await import('./comments')).commentsCommand(rest, io);
    throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${usageOf(command)}`);
    return EXIT.unreadable;
  }
}
