import type { Acknowledgement } from '../model';
import type { Finding } from './types';

type Identified = Pick<Finding, 'ruleId' | 'county' | 'recordId' | 'path' | 'about'>;

/**
 * A finding's one identity: its rule, county, record and field (and what it is about, where that
 * can change while they stay). The findings panel, the export
 * refusal and acknowledgements all name a finding this way; each rule gives at most one finding
 * per identity, and a record id (unlike a list position) survives reordering.
 */
export const findingId = (finding: Identified): string =>
  JSON.stringify([finding.ruleId, finding.county ?? null, finding.recordId ?? null, finding.path ?? null, finding.about ?? null]);

/** An acknowledgement accepts the findings of its rule, and of its county, record, field and subject when it names them. */
export const acknowledges = (ack: Acknowledgement, finding: Identified): boolean =>
  ack.ruleId === finding.ruleId &&
  (ack.county === null || ack.county === finding.county) &&
  (ack.recordId === null || ack.recordId === finding.recordId) &&
  (ack.path === null || ack.path === finding.path) &&
  (ack.about === undefined || ack.about === finding.about);
