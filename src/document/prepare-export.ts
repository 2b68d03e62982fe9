import { err, ok, type Result } from '../lib/result';
import { contentHash, type Draft } from '../model';
import { checkDraft, type CheckConfig, type Finding, type Statute } from '../requirements';
import { buildComplianceReport, buildDocument } from './build-document';
import type { MouDocument } from './model';

export interface ExportRequest {
  /** A final export is the MOU for signature and for CDSS; a draft export is for review. */
  final: boolean;
  today: string;
  config?: Partial<CheckConfig>;
  /** The law to check against and state; California's statute data unless a test supplies another. */
  statute?: Statute;
}

/**
 * The export gate: a final export is refused while any blocking finding stands, and the refusal
 * lists them. A draft export always succeeds and is marked DRAFT on every page.
 */
export function prepareExport(draft: Draft, request: ExportRequest): Result<MouDocument, Finding[]> {
  const prepared = prepareDocuments(draft, request, { mou: true, report: false });
  return prepared.ok ? ok(prepared.value.mou!) : prepared;
}

/**
 * The compliance report, through the same gate: a final export of the protocol, report included,
 * is refused while a blocking finding stands; a draft's report is marked DRAFT.
 */
export function prepareReport(draft: Draft, request: ExportRequest): Result<MouDocument, Finding[]> {
  const prepared = prepareDocuments(draft, request, { mou: false, report: true });
  return prepared.ok ? ok(prepared.value.report!) : prepared;
}

/** The documents asked for, through the gate, from one check of the draft. */
export function prepareDocuments(draft: Draft, request: ExportRequest, want: { mou: boolean; report: boolean }):
  Result<{ mou: MouDocument | null; report: MouDocument | null }, Finding[]> {
  const { today, config, statute } = request;
  const findings = checkDraft(draft, { today, ...(config ? { config } : {}), ...(statute ? { statute } : {}) });
  const blocking = findings.filter((f) => f.severity === 'blocking');
  if (request.final && blocking.length > 0) return err(blocking);
  // A final document carries the hash of the content it was made from.
  const options = { marking: request.final ? 'final' as const : 'draft' as const, today, findings,
    ...(statute ? { statute } : {}), ...(request.final ? { contentHash: contentHash(draft) } : {}) };
  return ok({ mou: want.mou ? buildDocument(draft, options) : null, report: want.report ? buildComplianceReport(draft, options) : null });
}
