import { err, ok, type Result } from '../lib/result';
import { draftSchema, type Draft } from './draft';
import { APP_NAME, APP_VERSION, DRAFT_FORMAT, DRAFT_VERSION, newerAppInWords, OPEN_WITH_NEWER } from './envelope';
import { MIGRATIONS } from './migrations';
import { REVIEW_FORMAT } from './review-file';
import { dropDanglingReferences } from './references';
import { checkIntegrity, draftChecksum, type Integrity } from './checksum';
import { appVersionOf, clip, decodeFileBytes, jsonFailureWords, notTextWords, parseFileText, type FileTextError } from './file-text';
import { LIMITS, type LimitExceeded } from './limits';
import { draftIssue, dropBadLeaves, dropPrototypeKeys, remintIds, type DraftIssue, type Repair } from './repair';

export type { DraftIssue, Repair } from './repair';

/** Why a file could not be opened as a draft: a closed union the UI switches over. */
export type RestoreError =
  | FileTextError
  | { kind: 'notADraft'; detail: string }
  /** A reviewer's comments without the draft, chosen where a draft was asked for; each surface says where it goes instead. */
  | { kind: 'reviewFile' }
  /** `app`: the release that saved it, when the file says (clipped, as on opening). */
  | { kind: 'versionTooNew'; version: number; app: string | null }
  | { kind: 'migrationFailed'; from: number; detail: string }
  | { kind: 'invalidDraft'; issues: DraftIssue[] };

export interface RestoredDraft {
  draft: Draft;
  /** The version the file was written in; lower than DRAFT_VERSION when it was migrated. */
  fileVersion: number;
  /** Envelope fields this version does not know, kept so that saving again preserves them. */
  envelopeExtras: Record<string, unknown>;
  /**
   * What was mended on the way in (values it could not use, re-minted ids, references to agencies
   * that are not there), to be said in the wizard's words: src/review/repairs-text.ts.
   */
  repairs: Repair[];
  /** Whether the file's content matches its checksum; a mismatch is shown before the draft opens. */
  integrity: Integrity;
  /** When the file says it was saved, and by which version of the app (null when it does not say). */
  savedAt: string | null;
  appVersion: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The only door through which outside data becomes a draft. Accepts the file's bytes (read as
 * UTF-8), its text or its parsed JSON; never throws and never changes its input.
 */
export function restoreDraft(input: unknown): Result<RestoredDraft, RestoreError> {
  let data = input;
  // A file's bytes: read as UTF-8, or refused as another encoding (file-text.ts).
  if (input instanceof Uint8Array) {
    const decoded = decodeFileBytes(input);
    if (!decoded.ok) return decoded;
    input = decoded.value;
  }
  if (typeof input === 'string') {
    const parsed = parseFileText(input);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  }
  if (isObject(data) && data.format === REVIEW_FORMAT) return err({ kind: 'reviewFile' });
  if (!isObject(data) || data.format !== DRAFT_FORMAT) {
    return err({ kind: 'notADraft', detail: describeForeign(data) });
  }
  const { format: _format, version, app: _app, appVersion, savedAt, checksum, draft, ...envelopeExtras } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({ kind: 'notADraft', detail: 'Its "version" is not a whole number of 1 or more.' });
  }
  if (version > DRAFT_VERSION) return err({ kind: 'versionTooNew', version, app: appVersionOf(appVersion) });
  if (!isObject(draft)) {
    return err({ kind: 'notADraft', detail: 'It has no "draft" object inside the envelope.' });
  }

  const integrity = checkIntegrity(checksum, draft);
  let current: Record<string, unknown> = structuredClone(draft);
  const unsafe = dropPrototypeKeys(current);
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    try {
      current = migration.up(current);
    } catch (error) {
      return err({ kind: 'migrationFailed', from: migration.from, detail: (error as Error).message });
    }
  }

  // A draft in progress is still a draft: what cannot be used is dropped with a note, and what
  // is merely incomplete is left for the checks to report. Each round removes at least one value,
  // so the loop ends; the bound only guards against a schema that keeps failing on an empty path.
  const mended = [...unsafe, ...remintIds(current)];
  const removed = new Set<string>();
  let parsed = draftSchema.safeParse(current);
  for (let round = 0; !parsed.success && round < 100; round++) {
    const notes = dropBadLeaves(current, parsed.error.issues, removed);
    if (notes === null) break;
    for (const issue of parsed.error.issues) removed.add(issue.path.map(String).join('.'));
    mended.push(...notes);
    parsed = draftSchema.safeParse(current);
  }
  if (!parsed.success) {
    return err({ kind: 'invalidDraft', issues: parsed.error.issues.map((issue) => draftIssue(current, issue)) });
  }
  const repairs = [...mended, ...dropDanglingReferences(parsed.data).map((text): Repair => ({ kind: 'note', text }))];
  return ok({
    draft: parsed.data, fileVersion: version, envelopeExtras, repairs, integrity,
    savedAt: typeof savedAt === 'string' ? clip(savedAt, 40) : null,
    appVersion: appVersionOf(appVersion),
  });
}

const count = (n: number) => n.toLocaleString('en-US');

const LIMIT_WORDS: Record<LimitExceeded['limit'], (actual: number, limit: number) => string> = {
  fileBytes: (actual, limit) => `It is ${count(actual)} bytes long; a draft file may hold at most ${count(limit)} characters`,
  fileChars: (actual, limit) => `It holds ${count(actual)} characters; a draft file may hold at most ${count(limit)}`,
  depth: (actual, limit) => `Its data is nested ${count(actual)} levels deep; a draft goes at most ${count(limit)} levels deep`,
  stringChars: (actual, limit) => `One of its texts is ${count(actual)} characters long; a text may be at most ${count(limit)}`,
  listItems: (actual, limit) => `A list in it holds ${count(actual)} items; a list may hold at most ${count(limit)}`,
};

/** Which limit a draft's text goes over, and by how much, in one sentence. */
export function describeLimit(exceeded: LimitExceeded): string {
  const limit = exceeded.limit === 'fileBytes' ? LIMITS.fileChars : LIMITS[exceeded.limit];
  const words = LIMIT_WORDS[exceeded.limit](exceeded.actual, limit);
  const list = exceeded.limit === 'listItems' && exceeded.list ? ` (the list "${exceeded.list}")` : '';
  return `${words}${list}.`;
}

function describeForeign(data: unknown): string {
  if (!isObject(data)) return 'It does not hold a JSON object.';
  if (!('format' in data)) return 'It has no "format" field, so it was not saved by this app.';
  return `Its format is ${clip(JSON.stringify(data.format) ?? String(data.format), 60)}, not "${DRAFT_FORMAT}".`;
}

/** A value that kept a file from opening, by its path in the file: the model does not know the wizard's words. */
const issueByPath = (issue: DraftIssue) => `${clip(issue.path, 80) || 'The draft'} ${issue.reason}`;

/** How a surface words what the model cannot know: a value by the wizard's name for it, and how to get a newer app. */
export interface RestoreErrorWords {
  issueInWords?: (issue: DraftIssue) => string;
  /** What to do with a file a newer version saved (OPEN_WITH_NEWER unless the surface knows better). */
  openWithNewer?: string;
}

/**
 * One sentence for the person who chose the file: what went wrong and what to do. Each value that
 * kept it from opening is said by `issueInWords`; the app and the command line pass the wizard's
 * words for it (restoreErrorInWords, src/review/restore-error-text.ts).
 */
export function describeRestoreError(error: RestoreError, { issueInWords = issueByPath, openWithNewer = OPEN_WITH_NEWER }: RestoreErrorWords = {}): string {
  switch (error.kind) {
    case 'tooLarge':
      return `This file is too large to be a draft. ${describeLimit(error.exceeded)} Your current work has not been changed.`;
    case 'notUtf8':
      return error.legacy
        ? 'This file is not saved as UTF-8 text (an editor may have saved it as “ANSI” or Windows-1252), so its accented letters cannot be read as they were typed; a draft file is UTF-8. Save it again as UTF-8 (or save a new copy from the app). Your current work has not been changed.'
        : 'This file is saved as UTF-16 text; a draft file is UTF-8. Save it again as UTF-8 (or save a new copy from the app). Your current work has not been changed.';
    case 'notText':
      return `${notTextWords(error.looksLike)}, not a draft file, which is text the app saves with the ending .csecmou.json. Choose the draft file. Your current work has not been changed.`;
    case 'invalidJson':
      return `This file is not valid JSON, so it cannot be a saved draft${jsonFailureWords(error)}. Your current work has not been changed.`;
    case 'reviewFile':
      return `This file is not a ${APP_NAME} draft. It is a review file: a reviewer’s comments, without the draft. To take its comments into your draft, open your draft, then add it under “Comments from reviewers”; to review a draft, choose the draft file (.csecmou.json) the committee sent. Your current work has not been changed.`;
    case 'notADraft':
      return `This file is not a ${APP_NAME} draft. ${error.detail} Your current work has not been changed.`;
    case 'versionTooNew':
      return `This draft was saved by ${newerAppInWords(error.app)}: its file version is ${error.version}, and this app (${APP_VERSION}) reads up to ${DRAFT_VERSION}. ${openWithNewer} Your current work has not been changed.`;
    case 'migrationFailed':
      return `This draft is from an older version (${error.from}) and could not be brought up to date: ${error.detail}. Your current work has not been changed.`;
    case 'invalidDraft': {
      const shown = error.issues.slice(0, 5).map(issueInWords);
      const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
      return `This draft file has values the app cannot use — ${shown.join('; ')}${more}. Your current work has not been changed.`;
    }
  }
}

/** At most `max` repairs, then one line for the rest: a file with thousands of them stays readable. */
export function repairsInBrief(repairs: readonly string[], max = 10): string[] {
  if (repairs.length <= max) return [...repairs];
  return [...repairs.slice(0, max), `…and ${count(repairs.length - max)} more of the same kinds.`];
}

/** The file text for a draft: the envelope, with any envelope fields the file came with. */
export function serializeDraft(
  draft: Draft,
  options: { savedAt?: Date; envelopeExtras?: Record<string, unknown> } = {},
): string {
  const envelope = {
    ...options.envelopeExtras,
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    app: APP_NAME,
    appVersion: APP_VERSION,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
    checksum: draftChecksum(draft),
    draft,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
