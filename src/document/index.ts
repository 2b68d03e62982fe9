export { buildDocument, type BuildOptions } from './build-document';
export { MarkupError, parseMarkup } from './markup';
export * from './model';
export { prepareExport, type ExportRequest } from './prepare-export';
