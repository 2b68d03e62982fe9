/**
 * A PDF file's objects, written as text (ISO 32000-1 §7.3, §7.5). It replaces pdf-lib, whose
 * object model (a JavaScript object per name, number and dictionary, serialised one by one)
 * cost as much as the pages themselves and much more in a fresh process: the writer here keeps
 * each object as its finished text, packs every object that is not a stream into compressed
 * object streams (§7.5.7) and ends with a cross-reference stream (§7.5.8), as pdf-lib did.
 */

/** A reference to object `n`, as written inside another object. */
export const ref = (n: number): string => `${n} 0 R`;

/**
 * A text string (§7.9.2.2). Printable ASCII, which PDFDocEncoding writes as itself (Annex D), as
 * a literal string, made by two native calls: most bookmarks and link descriptions are plain
 * ASCII, and the loop below over every character ran in a fresh process before V8 had compiled
 * it. Anything else as UTF-16BE with its byte order mark, in hexadecimal, so any character is safe.
 */
export function textString(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return `(${text.replace(STRING_ESCAPED, '\\$&')})`;
  // Joined once from a table's pieces: adding to a string per character made three short-lived
  // strings per character, about 8% of all that an export allocated.
  const parts = new Array<string>(2 * text.length + 2);
  parts[0] = '<FEFF';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    parts[2 * i + 1] = HEX[unit >> 8]!;
    parts[2 * i + 2] = HEX[unit & 0xff]!;
  }
  parts[2 * text.length + 1] = '>';
  return parts.join('');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** What a literal string escapes of printable ASCII (§7.3.4.2). */
const STRING_ESCAPED = /[()\\]/g;

/** Each byte as two uppercase hexadecimal digits. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).toUpperCase().padStart(2, '0'));

/** A name object (§7.3.5): bytes outside the regular printable characters written as #xx. */
export function name(value: string): string {
  let out = '/';
  for (const byte of new TextEncoder().encode(value)) {
    const regular = byte > 0x20 && byte < 0x7f && !'#()<>[]{}/%'.includes(String.fromCharCode(byte));
    out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A date (§7.9.4), in UTC. */
export const dateString = (date: Date): string => `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

/** Deflate with a zlib header (FlateDecode, §7.4.4). */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** Objects in one object stream: enough to need few compressors, few enough that a reader need not inflate one huge stream for one object. */
const OBJECTS_PER_STREAM = 1000;

interface StreamObject { dict: string; data: Uint8Array }

/** Latin-1 bytes of text made of ASCII (every body here is: names are escaped, text strings hexadecimal). */
function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  latin1Into(out, 0, text);
  return out;
}

/** Writes `text` (as `ascii`) into `out` at `at`; returns where it ended. */
function latin1Into(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
  return at;
}

export class PdfWriter {
  /** Object bodies by number; number 0 is the head of the free list and never an object. */
  private readonly objects: (string | StreamObject | undefined)[] = [undefined];

  constructor(private readonly deflate: Deflate) {}

  /** A new object number, for an object set later (`set`), so that objects can point at each other. */
  reserve(): number {
    this.objects.push(undefined);
    return this.objects.length - 1;
  }

  /** Sets object `n` to `body`, the text of a dictionary, array or other direct object. */
  set(n: number, body: string): number {
    this.objects[n] = body;
    return n;
  }

  /** A new object with `body`. */
  add(body: string): number {
    return this.set(this.reserve(), body);
  }

  /**
   * A stream object: `dict` is the inside of its dictionary, without /Length or /Filter, which
   * are added here. Deflated unless `compress` is false (the XMP metadata, which readers expect plain).
   */
  stream(dict: string, data: Uint8Array | string, compress = true, n = this.reserve()): number {
    const bytes = typeof data === 'string' ? ascii(data) : data;
    this.objects[n] = compress
      ? { dict: `${dict}/Filter/FlateDecode`, data: this.deflate(bytes) }
      : { dict, data: bytes };
    return n;
  }

  /** The whole file, with `root` as the document catalog and `info` as the document information dictionary. */
  finish(root: number, info: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const write = (bytes: Uint8Array) => { chunks.push(bytes); length += bytes.length; };
    // A comment of bytes above 127 says the file is binary (§7.5.2).
    write(ascii('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n'));

    // Cross-reference entries, written as they are known straight into the stream's table: type,
    // field 2 and field 3 of each object in 1, 4 and 2 bytes (§7.5.8.3, Table 18). The table has
    // room for the most object streams the objects could need; the last rows may go unused.
    const most = this.objects.length + Math.ceil(this.objects.length / OBJECTS_PER_STREAM) + 1;
    const table = new Uint8Array(7 * most);
    const view = new DataView(table.buffer);
    const entry = (n: number, type: number, field2: number, field3: number) => {
      table[7 * n] = type;
      view.setUint32(7 * n + 1, field2);
      view.setUint16(7 * n + 5, field3);
    };
    entry(0, 0, 0, 65535);
    const writeStream = (n: number, { dict, data }: StreamObject) => {
      entry(n, 1, length, 0);
      write(ascii(`${n} 0 obj\n<<${dict}/Length ${data.length}>>\nstream\n`));
      write(data);
      write(ascii('\nendstream\nendobj\n'));
    };
    const plain: number[] = [];
    this.objects.forEach((object, n) => {
      if (n === 0) return;
      if (object === undefined) throw new Error(`PDF object ${n} was reserved but never written.`);
      if (typeof object === 'string') plain.push(n);
      else writeStream(n, object);
    });

    let next = this.objects.length;
    for (let start = 0; start < plain.length; start += OBJECTS_PER_STREAM) {
      const numbers = plain.slice(start, start + OBJECTS_PER_STREAM);
      const stream = next++;
      // Each object's number and offset, then the objects, written straight into the stream's
      // bytes: joining a thousand bodies into one string first copied them twice more.
      const offsets: string[] = [];
      let bodyLength = 0;
      for (let index = 0; index < numbers.length; index++) {
        const n = numbers[index]!;
        offsets.push(`${n} ${bodyLength} `);
        bodyLength += (this.objects[n] as string).length + 1;
        entry(n, 2, stream, index);
      }
      const header = offsets.join('');
      const bytes = new Uint8Array(header.length + bodyLength);
      let at = latin1Into(bytes, 0, header);
      for (let index = 0; index < numbers.length; index++) {
        at = latin1Into(bytes, at, this.objects[numbers[index]!] as string);
        bytes[at++] = 0x0a;
      }
      writeStream(stream, {
        dict: `/Type/ObjStm/N ${numbers.length}/First ${header.length}/Filter/FlateDecode`,
        data: this.deflate(bytes),
      });
    }

    const xref = next++;
    entry(xref, 1, length, 0);
    const data = this.deflate(table.subarray(0, 7 * next));
    const xrefAt = length;
    write(ascii(`${xref} 0 obj\n<</Type/XRef/Size ${next}/W[1 4 2]/Root ${ref(root)}/Info ${ref(info)}/Filter/FlateDecode/Length ${data.length}>>\nstream\n`));
    write(data);
    write(ascii(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`));

    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
    return out;
  }
}
