import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib';
import { PDFDict, PDFName } from 'pdf-lib';
import { encodingCMap, toUnicodeCMap } from './code-maps';
import type { ContentWriter } from './content';
import type { Face } from './faces';
import { FACES } from './faces';
import { GlyphEncoder } from './glyph-encoder';

export type EmbeddedFaces = Record<Face, PDFFont>;

/** Each face's name in the pages' font resources: short, as it is written before every run of text. */
export const FONT_RESOURCE: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };

/**
 * Sets text without pdf-lib's `page.drawText`, which was 90% of the writer's time: it shapes every
 * string with fontkit's `layout()` and adds a new font entry to the page's resources on every
 * call. Here each character is encoded once per face (glyph-encoder.ts) and all pages share one
 * resource dictionary. Setting characters one to one also keeps the drawn widths equal to the
 * measured ones: no ligature or other substitution.
 */
export class TextSetter {
  private readonly encoders: Record<Face, GlyphEncoder>;

  constructor(readonly fonts: EmbeddedFaces) {
    this.encoders = Object.fromEntries(FACES.map((face) => [face, new GlyphEncoder(fonts[face])])) as Record<Face, GlyphEncoder>;
  }

  /** Writes `text` in `face` into an open literal string (ContentWriter.openString). */
  encode(text: string, face: Face, out: ContentWriter): void {
    const encoder = this.encoders[face];
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      out.latin1(encoder.code(codePoint));
    }
  }

  /**
   * Once the fonts are embedded (`font.embed()`), points each at the codes set: pdf-lib wrote
   * /Encoding /Identity-H and a ToUnicode map of two-byte codes.
   */
  writeCodeMaps(pdf: PDFDocument): void {
    const maxGlyphId = Math.max(0, ...FACES.flatMap((face) => this.encoders[face].glyphs.map(([id]) => id)));
    const encoding = encodingCMap(pdf, maxGlyphId);
    for (const face of FACES) {
      const font = pdf.context.lookup(this.fonts[face].ref, PDFDict);
      font.set(PDFName.of('Encoding'), encoding);
      // Replaced under its own object number, so that no object is left unused.
      pdf.context.assign(font.get(PDFName.of('ToUnicode')) as PDFRef, toUnicodeCMap(pdf, this.encoders[face].glyphs));
    }
  }
}
