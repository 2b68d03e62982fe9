export { buildComplianceReport, buildDocument, buildSignatureStatus, type BuildOptions } from './build-document';
export { MarkupError, parseMarkup } from './markup';
export * from './model';
export { prepareDocuments, prepareExport, prepareReport, type ExportRequest } from './prepare-export';
export { withOpenComments } from './comments';
export { typographic } from './view/text';
