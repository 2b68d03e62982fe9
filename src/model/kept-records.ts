import type { Approval, Draft, SignatureStatus } from './draft';

/**
 * Of two records of one agency's approval or signature, the later: `incoming`'s only where its
 * date is later than `current`'s (or `current`'s has none), since `current` holds what was
 * recorded most lately in this browser.
 */
function later<T>(incoming: T | undefined, current: T, date: (record: T) => string | null): T {
  if (!incoming) return current;
  const [was, now] = [date(incoming), date(current)];
  return was !== null && (now === null || was > now) ? incoming : current;
}

/** Per agency of `incoming`, the later record of the two drafts'; and how many came from `current` as new. */
function laterRecords<T extends { agencyId: string }>(incoming: readonly T[], current: readonly T[], agencies: ReadonlySet<string>,
  date: (record: T) => string | null): { records: T[]; kept: number } {
  const byAgency = new Map(incoming.map((record) => [record.agencyId, record]));
  let kept = 0;
  for (const record of current) {
    if (!agencies.has(record.agencyId)) continue;
    const had = byAgency.get(record.agencyId);
    const chosen = later(had, record, date);
    if (chosen === record && date(record) !== null && JSON.stringify(had) !== JSON.stringify(record)) kept++;
    byAgency.set(record.agencyId, chosen);
  }
  return { records: [...byAgency.values()], kept };
}

/**
 * `incoming`'s approvals and signatures (an earlier version restored, a file put in place of the
 * draft) with those `current` recorded since: each is bound to the text it approves or signs by
 * its hash, so one of another text stands as out of date, never as current. Only records of
 * agencies `incoming` has are kept (the draft as it was keeps the others among its versions).
 */
export function withRecordsOf(incoming: Draft, current: Draft): { approvals: Approval[]; signatures: SignatureStatus[]; kept: { approvals: number; signatures: number } } {
  const agencies = new Set(incoming.agencies.map((agency) => agency.id));
  const approvals = laterRecords(incoming.approvals, current.approvals, agencies, (approval) => approval.on);
  const signatures = laterRecords(incoming.signatures, current.signatures, agencies, (signature) => signature.signedOn);
  return { approvals: approvals.records, signatures: signatures.records, kept: { approvals: approvals.kept, signatures: signatures.kept } };
}
