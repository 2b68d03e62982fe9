import { readFile, stat } from 'node:fs/promises';
import { formatLongDate } from '../lib/dates';
import { contentHash } from '../model';
import { EXIT, parseArguments, readDraftArgument, readFailure, UsageError, type Io } from './io';
import { pdfStamp } from './pdf-stamp';
import { printable } from './printable';

/** Far past any MOU's PDF (the large bench draft's is about 120 kB). */
const MAX_PDF_BYTES = 100_000_000;

/** `csec-mou verify FILE PDF`: whether the PDF is the final MOU of the draft's content, by its content hash. */
export async function verifyCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional } = parseArguments(args, { flags: [], values: [] });
  if (positional.length !== 2) throw new UsageError('Name a draft file and a PDF.');
  const [file, pdf] = positional as [string, string];
  const draft = await readDraftArgument(file, io);
  if (!draft) return EXIT.unreadable;
  let bytes: Uint8Array;
  try {
    // A device or a pipe may never end, and a PDF far larger than any MOU is not one of ours.
    const info = await stat(pdf);
    const refused = !info.isFile() && !info.isDirectory() ? 'it is not a file'
      : info.size > MAX_PDF_BYTES ? `it is ${Math.round(info.size / 1e6)} MB, far larger than any MOU this app writes` : null;
    if (refused) {
      io.err(`Cannot read ${pdf}: ${refused}.\n`);
      return EXIT.unreadable;
    }
    bytes = await readFile(pdf);
  } catch (error) {
    io.err(`Cannot read ${pdf}: ${readFailure(error)}.\n`);
    return EXIT.unreadable;
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    io.err(`Cannot read ${pdf}: it is not a PDF.\n`);
    return EXIT.unreadable;
  }
  const expected = contentHash(draft);
  const stamp = pdfStamp(bytes);
  if (stamp === null) {
    io.out(printable(`${pdf} carries no content hash, so it cannot be checked against ${file}: only a final MOU exported by this app carries one (a draft export does not).\n`));
    return EXIT.differences;
  }
  if (stamp.kind !== null) {
    // A final compliance report or signature status sheet carries the hash of the content it
    // reports on; it is still not the MOU that the parties sign.
    const made = stamp.hash === expected ? `made from ${file}'s content` : `made from other content (${stamp.hash})`;
    io.out(printable(`${pdf} is the ${stamp.kind}, ${made}, not the final MOU. Name the MOU's PDF to check it.\n`));
    return EXIT.differences;
  }
  if (stamp.hash !== expected) {
    io.out(printable(`${pdf} does not match ${file}.\n  The PDF was made from content ${stamp.hash}.\n  The draft's content is      ${expected}.\n`
      + 'The draft changed after the PDF was exported, or the PDF was made from another draft.\n'));
    return EXIT.differences;
  }
  const { certification } = draft;
  const certified = certification?.contentHash === expected ? ` The draft was certified final by ${certification.by} on ${formatLongDate(certification.on)}.` : '';
  io.out(printable(`${pdf} matches ${file}: both are ${expected}.${certified}\n`));
  return EXIT.ok;
}
