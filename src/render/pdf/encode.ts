import type { PDFFont, PDFName, PDFPage } from 'pdf-lib';
import { degrees, drawText, grayscale, PDFHexString } from 'pdf-lib';
import type { Face } from './faces';
import { FACES } from './faces';

export type EmbeddedFaces = Record<Face, PDFFont>;

/**
 * Sets text without pdf-lib's `page.drawText`, which was 90% of the writer's time: it shapes every
 * string with fontkit's `layout()` and adds a new font entry to the page's resources on every
 * call. Here each character is encoded once per face (`encodeText` on a single character also
 * adds its glyph to the subset) and each page names each face once. Setting characters one to one
 * also keeps the drawn widths equal to the measured ones: no ligature or other substitution.
 */
export class TextSetter {
  private readonly codes: Record<Face, Map<string, string>>;

  constructor(private readonly fonts: EmbeddedFaces) {
    this.codes = Object.fromEntries(FACES.map((face) => [face, new Map<string, string>()])) as Record<Face, Map<string, string>>;
  }

  encode(text: string, face: Face): PDFHexString {
    const codes = this.codes[face];
    let hex = '';
    for (const char of text) {
      let code = codes.get(char);
      if (code === undefined) {
        code = this.fonts[face].encodeText(char).asString();
        codes.set(char, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  }

  /** The page's resource names of the four faces. */
  register(page: PDFPage): Record<Face, PDFName> {
    return Object.fromEntries(FACES.map((face) => [face, page.node.newFontDictionary(this.fonts[face].name, this.fonts[face].ref)])) as Record<Face, PDFName>;
  }
}

export interface TextOptions { x: number; y: number; size: number; face: Face; gray?: number; angle?: number }

export function setText(page: PDFPage, names: Record<Face, PDFName>, setter: TextSetter, text: string, options: TextOptions): void {
  page.pushOperators(...drawText(setter.encode(text, options.face), {
    x: options.x, y: options.y, size: options.size, font: names[options.face], color: grayscale(options.gray ?? 0),
    rotate: degrees(options.angle ?? 0), xSkew: degrees(0), ySkew: degrees(0),
  }));
}
