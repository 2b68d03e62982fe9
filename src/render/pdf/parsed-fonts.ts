import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/**
 * Parsing a face is slow (fontkit decodes its tables into many small objects), and the writer
 * used to do it twice per face per document: once to measure, once more inside pdf.embedFont.
 * Here each byte array is parsed once, for as long as the caller holds the bytes.
 *
 * Sharing a parsed font between documents is safe: a fontkit Font only caches what it has read
 * (tables, glyphs), each embedding collects its glyphs in a fresh `font.createSubset()`, and the
 * subset is written synchronously. The one piece of shared state that depends on use is a cached
 * glyph's `codePoints` (the first character that asked for it); glyph-encoder.ts never reads it,
 * so the bytes of a document do not depend on what was rendered before it or alongside it.
 */
const parsed = new WeakMap<Uint8Array, Font>();

export function parseFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/** pdf-lib's own Fontkit type, which it does not export. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** For `pdf.registerFontkit`, so that pdf.embedFont reuses the parsed fonts too. */
export const cachingFontkit: PdfLibFontkit = {
  // pdf-lib declares a copy of fontkit's Font type; they describe the same object.
  create: (bytes) => parseFont(bytes) as unknown as ReturnType<PdfLibFontkit['create']>,
};
