/** The four faces of the one font family the PDF is set in. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The TrueType bytes of each face; `loadPdfFonts()` (browser) or `loadPdfFontsFromDisk()` (Node) supply them. */
export type PdfFonts = Record<Face, Uint8Array>;

/** The face of a run: a style's own face with the run's bold or italic added. */
export function faceOf(base: Face, bold = false, italic = false): Face {
  const isBold = bold || base === 'bold' || base === 'boldItalic';
  const isItalic = italic || base === 'italic' || base === 'boldItalic';
  if (isBold) return isItalic ? 'boldItalic' : 'bold';
  return isItalic ? 'italic' : 'regular';
}

/** Throws a plain error when a face is missing or empty; `writer` names the function that needs them. */
export function checkFonts(fonts: PdfFonts, writer: string): void {
  for (const face of FACES) {
    const bytes = fonts?.[face];
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      throw new TypeError(`${writer}: the ${face} font is missing or empty. Load the fonts with loadPdfFonts() in the browser or loadPdfFontsFromDisk() in Node.`);
    }
  }
}
