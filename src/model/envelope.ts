/** The constants every draft file carries, in one place (excalidraw's data/json.ts). */
export const DRAFT_FORMAT = 'csec-mou-draft';
/** Bump with a new migration in migrations.ts; files newer than this are refused. */
export const DRAFT_VERSION = 7;
export const APP_NAME = 'CSEC Protocol & MOU Wizard';
/** The app's release, written into every file (kept equal to package.json's version by a test). */
export const APP_VERSION = '0.1.0';
export const DRAFT_FILE_EXTENSION = '.csecmou.json';
