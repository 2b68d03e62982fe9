import { TrueTypeFont } from './truetype';

/**
 * Each face's bytes are read once, for as long as the caller holds them: the PDF's metrics and
 * subsets and the Word file's font copies all read the same TrueTypeFont. Sharing it between
 * documents is safe: it holds nothing that depends on use.
 */
const parsed = new WeakMap<Uint8Array, TrueTypeFont>();

export function parseFont(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new TrueTypeFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}
