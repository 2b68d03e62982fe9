export { FindingsPanel } from './findings-panel';
export { LoadMessages } from './load-messages';
export { OpenDraft } from './open-draft';
export { ExportPanel, type ExportBusy, type ExportChoice } from './export-panel';
export { KeptDrafts, type KeptDraft } from './kept-drafts';
export { NewProtocol } from './new-protocol';
export { flushPendingEdits } from './pending-edits';
export type { Basics } from './basics-schema';
