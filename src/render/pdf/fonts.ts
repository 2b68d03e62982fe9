import type { PdfFonts } from './faces';

/**
 * Noto Serif (SIL Open Font License 1.1) from @expo-google-fonts/noto-serif, which ships TrueType
 * files (@fontsource ships only WOFF, which pdf-lib cannot embed). It covers Latin-1, Latin
 * Extended-A, the Vietnamese letters of Latin Extended Additional and typographic punctuation.
 *
 * The four faces are about 2 MB, so they are not in the first page's bundle: each `?url` import
 * is a separate chunk holding only the file's URL, loaded when an export is first asked for, and the
 * bytes come from the app's own origin with fetch (no third-party host, CSP `connect-src 'self'`).
 * The paths are literals because Vite resolves only literal dynamic imports.
 */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const urls = await Promise.all([
    import('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url'),
    import('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url'),
    import('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url'),
    import('@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf?url'),
  ]);
  const [regular, bold, italic, boldItalic] = await Promise.all(urls.map((module) => fetchFont(module.default)));
  return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
}

async function fetchFont(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // The file's address and the browser's own words stay in `cause`, for a developer's console.
    throw new Error('Could not load the font that the Word file and the PDF are set in: the connection failed. Check the connection and try again.', { cause: error });
  }
  if (!response.ok) throw new Error(`Could not load the font that the Word file and the PDF are set in: the server answered ${response.status} for ${url.split('/').pop()}. Reload the page and try again.`);
  return new Uint8Array(await response.arrayBuffer());
}
