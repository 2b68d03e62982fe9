import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from './faces';

/**
 * The PDF fonts read from node_modules, for the CLI and tests. The browser uses `loadPdfFonts()`
 * in fonts.ts instead; this file stays out of the app's bundle because only Node code imports it.
 */
export async function loadPdfFontsFromDisk(): Promise<PdfFonts> {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/package.json'));
  const read = async (file: string) => new Uint8Array(await readFile(join(dir, file)));
  const [regular, bold, italic, boldItalic] = await Promise.all([
    read('400Regular/NotoSerif_400Regular.ttf'),
    read('700Bold/NotoSerif_700Bold.ttf'),
    read('400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
    read('700Bold_Italic/NotoSerif_700Bold_Italic.ttf'),
  ]);
  return { regular, bold, italic, boldItalic };
}
