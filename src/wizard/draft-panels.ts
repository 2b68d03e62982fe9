// The panels under an open draft's task list, loaded with the editor rather than with the first
// page, which shows none of them.
export { ApprovalsPanel } from './approvals-panel';
export { CertifyPanel } from './certify-panel';
export { ExportPanel } from './export-panel';
export { History, ReviewerCompare } from './history';
export { ReviewerPanel } from './reviewer-panel';
export { ReviewFilesPanel } from './review-files-panel';
