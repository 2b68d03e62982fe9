/** The constants every draft file carries, in one place (excalidraw's data/json.ts). */
export const DRAFT_FORMAT = 'csec-mou-draft';
/** Bump with a new migration in migrations.ts; files newer than this are refused. */
export const DRAFT_VERSION = 9;
export const APP_NAME = 'CSEC Protocol & MOU Wizard';
/** The app's release, written into every file (kept equal to package.json's version by a test). */
export const APP_VERSION = '0.1.0';
export const DRAFT_FILE_EXTENSION = '.csecmou.json';
/**
 * What to do with a file a newer version of the app saved. Each surface says how it gets that
 * version (the app: its service worker's update; the command line: a newer csec-mou).
 */
export const OPEN_WITH_NEWER = 'Open it with that version of the app or a later one.';
/** A newer version's app, by the release its file names when it names one: "a newer version of the app (0.2.0)". */
export const newerAppInWords = (app: string | null) => `a newer version of the app${app ? ` (${app})` : ''}`;
