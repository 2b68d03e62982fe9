// The floor for our PDF of a document: the work no PDF writer of this file can skip. That is
// deflating everything the file compresses, once, with a native deflate (node:zlib), and
// subsetting the four faces to the glyphs the document uses. Layout, drawing, the structure tree
// and the file's syntax all come on top of it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { MouDocument } from '../../src/document';
import { parseFont } from '../../src/render/font/parsed';
import type { PdfFonts } from '../../src/render/pdf';
import { subsetForPdf } from '../../src/render/pdf/font-subset';
import { time } from './timing';

export interface Floor { deflateMs: number; subsetMs: number; uncompressedBytes: number }

/** Medians over `runs` of deflating our PDF's uncompressed contents and subsetting its faces. */
export async function pdfFloor(pdf: string, doc: MouDocument, fonts: PdfFonts, runs: number): Promise<Floor> {
  // qpdf writes the same file with every stream and object stream undone: what our writer deflates.
  const plain = `${pdf}.plain.pdf`;
  execFileSync('qpdf', ['--object-streams=disable', '--stream-data=uncompress', '--decode-level=generalized', pdf, plain]);
  const bytes = readFileSync(plain);
  const parsed = Object.values(fonts).map(parseFont);
  const codes = [...new Set([...JSON.stringify(doc)].map((char) => char.codePointAt(0)!))];
  const subset = () => parsed.map((font) => subsetForPdf(font, [0, ...new Set(codes.map((code) => font.glyphId(code)))]));
  return { deflateMs: await time(runs, () => deflateSync(bytes)), subsetMs: await time(runs, subset), uncompressedBytes: bytes.length };
}
