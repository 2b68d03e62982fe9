import { err, ok, type Result } from '../lib/result';
import { commentSchema, mergeComments, mergeSectionReviews, sectionReviewSchema, type Comment, type SectionReview } from './comments';
import { contentHash } from './content-hash';
import { describeCounties } from './counties';
import { headingKey } from './sections';
import type { Draft } from './draft';
import { APP_NAME, APP_VERSION, DRAFT_FORMAT, newerAppInWords, OPEN_WITH_NEWER } from './envelope';
import { appVersionOf, decodeFileBytes, jsonFailureWords, notTextWords, parseFileText, type FileTextError } from './file-text';
import { dropPrototypeKeys } from './repair';
import { plural } from '../lib/words';

/**
 * A review file: a reviewer's comments and section verdicts on a draft, without the draft's text.
 * The committee opens it on top of its own draft, which may have moved on since: comments anchor
 * to sections and record ids, so they find their place, and nothing of the text is touched.
 */
export const REVIEW_FORMAT = 'csec-mou-review';
export const REVIEW_VERSION = 2;
export const REVIEW_FILE_EXTENSION = '.csecreview.json';

/** Which draft the review was made on, as it stood then. */
export interface ReviewedDraft {
  title: string;
  counties: string[];
  contentHash: string;
}

export interface RestoredReview {
  about: ReviewedDraft | null;
  comments: Comment[];
  sectionReviews: SectionReview[];
  /** Entries that could not be read and were left out, in words. */
  skipped: string[];
}

export type ReviewFileError =
  | FileTextError
  | { kind: 'draftFile' }
  | { kind: 'notAReview'; detail: string }
  | { kind: 'versionTooNew'; version: number; app: string | null };

/** Which protocol a draft is: its title and counties, as a review file names the one it is about. */
type Protocol = Pick<ReviewedDraft, 'title' | 'counties'>;

/** The draft a review file is about (or any draft), in words: the draft “Napa County Interagency Protocol…” for Napa County. */
export const reviewedDraftInWords = (about: Protocol): string =>
  `the draft “${about.title}”${about.counties.length > 0 ? ` for ${describeCounties(about.counties)}` : ''}`;

/**
 * Whether a review was made on a draft of another title: a county may keep several protocols
 * (its own and a companion protocol), and a review of one taken into the other would add
 * comments that cannot be taken out. A draft retitled since the review differs too, so the
 * committee is asked rather than refused.
 */
export const reviewOfAnotherTitle = (about: Protocol | null, draft: Pick<Draft, 'title'>): boolean =>
  about !== null && about.title.trim() !== '' && headingKey(about.title) !== headingKey(draft.title);

/** Whether a review was made on another county's draft: it names counties, and none of them is this draft's. */
export const reviewOfAnotherCounty = (about: Protocol | null, draft: Pick<Draft, 'counties'>): boolean =>
  about !== null && about.counties.length > 0 && !about.counties.some((county) => (draft.counties as readonly string[]).includes(county));

/** The review file's text: the comments and verdicts the draft holds, and which draft they are on. */
export function serializeReview(draft: Draft, options: { savedAt?: Date } = {}): string {
  const review = {
    format: REVIEW_FORMAT,
    // Version 1 while no comment is changed or withdrawn: a committee whose app reads only
    // version 1 opens it (its comments carry the new fields as null, which it keeps unread).
    version: draft.comments.some((c) => c.editedAt !== null || c.withdrawal !== null) ? REVIEW_VERSION : 1,
    app: APP_NAME,
    appVersion: APP_VERSION,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
    about: { title: draft.title, counties: draft.counties, contentHash: contentHash(draft) },
    comments: draft.comments,
    sectionReviews: draft.sectionReviews,
  };
  return `${JSON.stringify(review, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a review file's text; never throws. Unreadable entries are left out and counted. */
export function restoreReview(input: string | Uint8Array): Result<RestoredReview, ReviewFileError> {
  // A file's bytes: read as UTF-8, or refused as another encoding (file-text.ts).
  const text = typeof input === 'string' ? ok(input) : decodeFileBytes(input);
  if (!text.ok) return text;
  const parsed = parseFileText(text.value);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (isObject(data) && data.format === DRAFT_FORMAT) return err({ kind: 'draftFile' });
  if (!isObject(data) || data.format !== REVIEW_FORMAT) {
    return err({ kind: 'notAReview', detail: isObject(data) && 'format' in data ? 'Its "format" is not a review file’s.' : 'It has no "format" of a review file.' });
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return err({ kind: 'notAReview', detail: 'Its "version" is not a whole number of 1 or more.' });
  if (data.version > REVIEW_VERSION) return err({ kind: 'versionTooNew', version: data.version, app: appVersionOf(data.appVersion) });
  dropPrototypeKeys(data);
  const skipped: string[] = [];
  const read = <T>(list: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, noun: string): T[] => {
    if (!Array.isArray(list)) return [];
    const good = list.flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    if (good.length < list.length) skipped.push(`${plural(list.length - good.length, noun)} could not be read and ${list.length - good.length === 1 ? 'was' : 'were'} left out.`);
    return good;
  };
  // A file that lists a comment twice is read as one, as merging would.
  const comments = mergeComments([], read(data.comments, commentSchema, 'comment'));
  const sectionReviews = mergeSectionReviews([], read(data.sectionReviews, sectionReviewSchema, 'section verdict'));
  const about = isObject(data.about) && typeof data.about.title === 'string' && typeof data.about.contentHash === 'string'
    ? { title: data.about.title.slice(0, 500), counties: Array.isArray(data.about.counties) ? data.about.counties.filter((c): c is string => typeof c === 'string') : [], contentHash: data.about.contentHash.slice(0, 80) }
    : null;
  return ok({ about, comments, sectionReviews, skipped });
}

/** How a surface ends a review file's refusal, and says how to get a newer app (as for a draft, restore.ts). */
export interface ReviewFileErrorWords {
  openWithNewer?: string;
  /**
   * What became of the draft: "Your draft has not been changed." unless the surface knows better
   * (among several files, another may have changed it: "Nothing of it was taken in."; the command
   * line, which says so its own way, says nothing).
   */
  unchanged?: string;
}

/** One sentence for the person who chose the file: what went wrong, and what became of the draft. */
export function describeReviewFileError(error: ReviewFileError, { openWithNewer = OPEN_WITH_NEWER, unchanged = 'Your draft has not been changed.' }: ReviewFileErrorWords = {}): string {
  const why = reviewFileRefusal(error, openWithNewer);
  return unchanged ? `${why} ${unchanged}` : why;
}

function reviewFileRefusal(error: ReviewFileError, openWithNewer: string): string {
  switch (error.kind) {
    case 'notUtf8':
      return error.legacy
        ? `This file is not saved as UTF-8 text (an editor may have saved it as “ANSI” or Windows-1252), so its accented letters cannot be read as they were typed; a review file is UTF-8. Save it again as UTF-8 (or ask the reviewer for a new copy from the app).`
        : `This file is saved as UTF-16 text; a review file is UTF-8. Save it again as UTF-8 (or ask the reviewer for a new copy from the app).`;
    case 'notText':
      return `${notTextWords(error.looksLike)}, not a review file, which is text a reviewer saves from the app.`;
    case 'tooLarge':
      return `This file is too large to be a review file.`;
    case 'invalidJson':
      return `This file is not valid JSON, so it cannot be a review file${jsonFailureWords(error)}.`;
    case 'draftFile':
      return `This is a draft file, not a review file. To compare it with your draft, use “Compare this draft with a draft file”; to take it in place of your draft, use “Replace this draft with a draft file”.`;
    case 'notAReview':
      return `This file is not a ${APP_NAME} review file. ${error.detail}`;
    case 'versionTooNew':
      return `This review file was saved by ${newerAppInWords(error.app)}: its file version is ${error.version}, and this app (${APP_VERSION}) reads up to ${REVIEW_VERSION}. ${openWithNewer}`;
  }
}
