import type { Draft } from '../model';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { redlineOf } from '../review/redline';

/** The redline Word file of two drafts (review/redline.ts), set in the MOU's fonts. */
export async function writeRedline(older: Draft, newer: Draft, by: { author: string; today: string; since: string }): Promise<Uint8Array> {
  const { renderDocx } = await import('../render/docx');
  return renderDocx(redlineOf(older, newer, by), await loadPdfFontsFromDisk());
}
