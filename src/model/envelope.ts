/** The constants every draft file carries, in one place (excalidraw's data/json.ts). */
export const DRAFT_FORMAT = 'csec-mou-draft';
/** Bump with a new migration in migrations.ts; files newer than this are refused. */
export const DRAFT_VERSION = 3;
export const APP_NAME = 'CSEC Protocol & MOU Wizard';
export const DRAFT_FILE_EXTENSION = '.csecmou.json';
