import type { Draft } from '../model';
import { prepareExport } from '../document';
import { loadPdfFontsFromDisk } from '../render/pdf/fonts-node';
import { redline } from '../review/redline';

/**
 * The redline Word file: the newer draft's MOU with the changes from the older one's as Word
 * tracked changes by `author`, dated now. Both are drafts, marked DRAFT: a redline is for review.
 */
export async function writeRedline(older: Draft, newer: Draft, { author, today, since }: { author: string; today: string; since: string }): Promise<Uint8Array> {
  const build = (draft: Draft) => {
    const prepared = prepareExport(draft, { final: false, today });
    if (!prepared.ok) throw new Error('A draft export is never refused.');
    return prepared.value;
  };
  const { renderDocx } = await import('../render/docx');
  return renderDocx(redline(build(older), build(newer), { author, date: new Date().toISOString(), since }), await loadPdfFontsFromDisk());
}
