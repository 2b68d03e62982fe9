import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfStamp } from '../../src/cli/pdf-stamp';

const HASH = `sha256:${'ab'.repeat(32)}`;
const XMP = Buffer.from(`<x:xmpmeta><csec:contentHash>${HASH}</csec:contentHash></x:xmpmeta>`, 'latin1');

/** A PDF's bytes with one object whose stream, deflated, holds `content`. */
const pdfWith = (dictionary: string, content: Buffer) => {
  const packed = deflateSync(content);
  return new Uint8Array(Buffer.concat([
    Buffer.from(`%PDF-1.7\n5 0 obj\n<< ${dictionary} /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    packed, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]));
};

describe('the stamp of a PDF another program saved again', () => {
  it('is read from a compressed metadata stream or object stream', () => {
    expect(pdfStamp(pdfWith('/Type /Metadata /Subtype /XML', XMP))).toEqual({ hash: HASH, kind: null });
    const info = Buffer.from(`<< /Title (MOU) /CSECContentHash (${HASH}) /CSECDocument (compliance report) >>`, 'latin1');
    expect(pdfStamp(pdfWith('/Type /ObjStm /N 1 /First 4', info))).toEqual({ hash: HASH, kind: 'compliance report' });
  });

  it('is not looked for in other streams, whose number a crafted file could make endless', () => {
    expect(pdfStamp(pdfWith('', XMP))).toBeNull();
    expect(pdfStamp(pdfWith('/Type /XObject /Subtype /Form', XMP))).toBeNull();
  });

  it('is not read from a stream that would inflate past any MOU’s metadata, as a crafted one may to gigabytes', () => {
    const bomb = Buffer.concat([XMP, Buffer.alloc(20_000_000, 0x20)]);
    expect(pdfStamp(pdfWith('/Type /Metadata /Subtype /XML', bomb))).toBeNull();
  });
});
