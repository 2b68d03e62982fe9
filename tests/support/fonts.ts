import type { PdfFonts } from '../../src/render/pdf';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';

let fonts: Promise<PdfFonts> | undefined;

/** The four faces, read once per test file: the writers parse each byte array once and keep it. */
export const testFonts = (): Promise<PdfFonts> => (fonts ??= loadPdfFontsFromDisk());
