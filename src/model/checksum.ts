/**
 * A checksum over a draft's content, so a file damaged in an email or edited by hand is noticed
 * before it is opened. CRC-32 finds accidental damage; it is not a signature and proves nothing
 * about who wrote the file.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const encoder = new TextEncoder();

/** CRC-32 (as in ZIP and PNG) of the text's UTF-8 bytes, as eight hex digits. */
export function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of encoder.encode(text)) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

const PREFIX = 'crc32:';

/**
 * The checksum a draft file carries for its "draft" value: over its compact JSON, so the same
 * content has the same checksum however the file is indented.
 */
export const draftChecksum = (draft: unknown): string => `${PREFIX}${crc32(JSON.stringify(draft))}`;

/** Whether a file's content matches the checksum it carries ("absent" for files written before checksums). */
export type Integrity = 'verified' | 'absent' | 'mismatch';

export function checkIntegrity(checksum: unknown, draft: unknown): Integrity {
  if (checksum === undefined) return 'absent';
  return checksum === draftChecksum(draft) ? 'verified' : 'mismatch';
}
