import { todayIso } from '../lib/dates';
import { nodeDeflate } from '../render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { formatRefusal, formatUnshownRefusal } from './format-findings';
import { ACCEPT_CHANGED, EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';
import { printable } from './printable';
import { fileIdentity, WriteError, writeAll } from './write-files';

/** `csec-mou packet FILE --out PACKET.zip`: the submission packet for CDSS, refused while a blocking finding stands. */
export async function packetCommand(args: readonly string[], io: Io, today = todayIso()): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: [ACCEPT_CHANGED], values: ['--out'] });
  if (positional.length !== 1) throw new UsageError('Name exactly one draft file.');
  const out = values.get('--out');
  if (!out) throw new UsageError('Name the packet to write with --out PACKET.zip.');
  if (!out.toLowerCase().endsWith('.zip')) throw new UsageError(`--out names a zip file, such as ${out}.zip.`);
  const file = positional[0]!;
  if (await fileIdentity(out) === await fileIdentity(file)) {
    io.err(`--out names the draft file itself (${file}); nothing was written. Choose another name.\n`);
    return EXIT.unreadable;
  }
  const draft = await readDraftArgument(file, io, { making: 'a submission packet', accepted: flags.has(ACCEPT_CHANGED) });
  if (!draft) return EXIT.unreadable;
  const { buildPacket } = await import('../review/packet');
  const packet = await buildPacket(draft, { today, fonts: await loadPdfFontsFromDisk(), deflate: nodeDeflate });
  if (!packet.ok) {
    io.err(packet.error.kind === 'blocking' ? formatRefusal('Packet', draft, packet.error.findings)
      : formatUnshownRefusal('Packet', draft, packet.error.unshown, `export the final Word file with \`csec-mou export ${file} --final --docx OUT.docx\``));
    return EXIT.blocking;
  }
  try {
    await writeAll([{ path: out, bytes: packet.value.bytes }]);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.err(`${error.message} Nothing was written.\n`);
    return EXIT.unreadable;
  }
  io.out(printable(`Wrote ${out}, the submission packet, holding:\n${packet.value.files.map((name) => `  ${name}\n`).join('')}`
    + `Every final file carries the content hash ${packet.value.contentHash}.\n`));
  return EXIT.ok;
}
