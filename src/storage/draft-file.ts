import type { Result } from '../lib/result';
import {
  DRAFT_FILE_EXTENSION,
  restoreDraft,
  serializeDraft,
  type Draft,
  type RestoredDraft,
  type RestoreError,
} from '../model';

/**
 * Reads a file the user chose and hands its text to restoreDraft, the one door for outside
 * data. Never throws: a file the browser cannot read is reported like any other unusable file.
 */
export async function readDraftFile(file: Blob): Promise<Result<RestoredDraft, RestoreError>> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: { kind: 'notADraft', detail: `The browser could not read it (${(error as Error).message}).` } };
  }
  return restoreDraft(text);
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** "mendocino-csec-protocol.csecmou.json"; a regional protocol names each of its counties. */
export function draftFileName(draft: Pick<Draft, 'counties'>): string {
  const counties = draft.counties.map(slug).filter(Boolean).join('-') || 'county';
  return `${counties}-csec-protocol${DRAFT_FILE_EXTENSION}`;
}

/**
 * Offers the draft as a download. Everything happens in the browser: the file is built from a
 * Blob and an object URL, never uploaded.
 */
export function saveDraftFile(
  draft: Draft,
  options: { envelopeExtras?: Record<string, unknown>; savedAt?: Date; document?: Document } = {},
): string {
  const doc = options.document ?? globalThis.document;
  const name = draftFileName(draft);
  const text = serializeDraft(draft, { envelopeExtras: options.envelopeExtras, savedAt: options.savedAt });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; a later task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return name;
}
