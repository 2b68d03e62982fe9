import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from './faces';

/**
 * The PDF fonts read from node_modules, for the CLI and tests. The browser uses `loadPdfFonts()`
 * in fonts.ts instead; this file stays out of the app's bundle because only Node code imports it.
 */
export async function loadPdfFontsFromDisk(): Promise<PdfFonts> {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/package.json'));
  // Read at once and not copied: a fresh process pays for every page of memory it first touches,
  // and an asynchronous read and a copy touched each font twice (8 ms of a cold export). Plain
  // Uint8Array views, as the browser's fonts are: a Buffer's slice() would not copy.
  const read = (file: string) => {
    const bytes = readFileSync(join(dir, file));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  return {
    regular: read('400Regular/NotoSerif_400Regular.ttf'),
    bold: read('700Bold/NotoSerif_700Bold.ttf'),
    italic: read('400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
    boldItalic: read('700Bold_Italic/NotoSerif_700Bold_Italic.ttf'),
  };
}
