import { randomBytes } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';

// nodeDeflate reuses one zlib compressor for every stream; each result must be what a fresh
// deflateSync gives, whatever came before it.
describe('nodeDeflate', () => {
  const text = (n: number) => Buffer.from('0 -13.2 TD\n(Interagency protocol) Tj\n'.repeat(n));
  const inputs: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['one byte', Uint8Array.of(65)],
    ['a content stream', text(300)],
    ['larger than its first buffer', text(8000)],
    ['incompressible', randomBytes(200_000)],
    ['a small one after the large', text(3)],
  ];

  it('gives deflateSync\'s bytes for each stream in turn', () => {
    for (const [name, bytes] of inputs) {
      const out = nodeDeflate(bytes);
      expect(Buffer.from(out).equals(deflateSync(bytes)), name).toBe(true);
      expect(inflateSync(out).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });

  it('hands back bytes of their own, untouched by later calls', () => {
    const first = nodeDeflate(text(50));
    const copy = Uint8Array.from(first);
    nodeDeflate(randomBytes(70_000));
    nodeDeflate(text(10));
    expect(first).toEqual(copy);
  });
});
