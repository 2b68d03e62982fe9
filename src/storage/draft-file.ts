import type { Result } from '../lib/result';
import {
  decodeFileBytes,
  DRAFT_FILE_EXTENSION,
  exceededLimit,
  LIMITS,
  REVIEW_FILE_EXTENSION,
  restoreDraft,
  serializeDraft,
  type Draft,
  type LimitExceeded,
  type RestoredDraft,
  type RestoreError,
} from '../model';

/**
 * Reads a file the user chose and hands its text to restoreDraft, the one door for outside
 * data. Never throws: a file the browser cannot read is reported like any other unusable file.
 */
export interface DraftFile {
  restored: RestoredDraft;
  /** The file's text as read, kept in the history as it came. */
  text: string;
}

export async function readDraftFile(file: Blob): Promise<Result<DraftFile, RestoreError>> {
  // A file far past the size limit is refused before it is read (UTF-8: at most 4 bytes a character).
  if (file.size > LIMITS.fileChars * 4) return { ok: false, error: { kind: 'tooLarge', exceeded: { limit: 'fileBytes', actual: file.size } } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, error: { kind: 'notADraft', detail: `The browser could not read it (${(error as Error).message}).` } };
  }
  // Read as UTF-8, as the command line reads it, or refused as text in another encoding.
  const text = decodeFileBytes(bytes);
  if (!text.ok) return text;
  const restored = restoreDraft(text.value);
  return restored.ok ? { ok: true, value: { restored: restored.value, text: text.value } } : restored;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const countiesSlug = (draft: Pick<Draft, 'counties'>) => draft.counties.map(slug).filter(Boolean).join('-') || 'county';

/** "mendocino-csec-protocol.csecmou.json"; a regional protocol names each of its counties. */
export function draftFileName(draft: Pick<Draft, 'counties'>): string {
  return `${countiesSlug(draft)}-csec-protocol${DRAFT_FILE_EXTENSION}`;
}

/** "mendocino-csec-protocol-submission-2026-12-02.zip": the packet for CDSS, named by county and date. */
export function packetFileName(draft: Pick<Draft, 'counties'>, today: string): string {
  return `${countiesSlug(draft)}-csec-protocol-submission-${today}.zip`;
}

/** "mendocino-csec-protocol-review-sam-ortiz-2026-12-02.csecreview.json": whose review of which county's draft, and when. */
export function reviewFileName(draft: Pick<Draft, 'counties'>, reviewer: string, today: string): string {
  return `${countiesSlug(draft)}-csec-protocol-review-${slug(reviewer) || 'reviewer'}-${today}${REVIEW_FILE_EXTENSION}`;
}

/** "mendocino-csec-protocol-redline-2026-12-02.docx": the MOU with its changes tracked, as made on a date. */
export function redlineFileName(draft: Pick<Draft, 'counties'>, today: string): string {
  return `${countiesSlug(draft)}-csec-protocol-redline-${today}.docx`;
}

/** "mendocino-csec-protocol-signature-status.pdf". */
export function signatureStatusFileName(draft: Pick<Draft, 'counties'>): string {
  return `${countiesSlug(draft)}-csec-protocol-signature-status.pdf`;
}

/** "mendocino-csec-protocol-draft.pdf": the marking is in the name so a draft is never mistaken for the final. */
export function exportFileName(draft: Pick<Draft, 'counties'>, final: boolean, extension: 'docx' | 'pdf', document: 'mou' | 'report' = 'mou', comments = false): string {
  return `${countiesSlug(draft)}-csec-protocol-${document === 'report' ? 'compliance-report-' : ''}${final ? 'final' : 'draft'}${comments ? '-with-comments' : ''}.${extension}`;
}

/**
 * Offers bytes as a download. Everything happens in the browser: the file is built from a Blob
 * and an object URL, never uploaded.
 */
export function offerDownload(data: string | Uint8Array, name: string, type: string, doc: Document = globalThis.document): void {
  // A copy gives the Blob a plain ArrayBuffer whatever buffer the writer's bytes live in.
  const url = URL.createObjectURL(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; a later task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Offers the draft as a download named after its counties; returns the file name, and the limit the file goes over, if any. */
export function saveDraftFile(
  draft: Draft,
  options: { envelopeExtras?: Record<string, unknown>; savedAt?: Date; document?: Document } = {},
): { name: string; exceeded: LimitExceeded | null } {
  const name = draftFileName(draft);
  const text = serializeDraft(draft, { envelopeExtras: options.envelopeExtras, savedAt: options.savedAt });
  // Saved even so: the file keeps the words, though the app opens it only once it is within them.
  offerDownload(text, name, 'application/json', options.document);
  return { name, exceeded: exceededLimit(text) };
}
