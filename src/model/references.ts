import type { Draft } from './draft';

/**
 * Removes references to agencies that are not in the draft (a convener, MDT members, a
 * service's provider) and approval blocks for a county the protocol does not cover, which a hand-edited file or a deleted agency can
 * leave behind. They name nothing, so dropping them loses no information; each repair is
 * described so that the person who opened the file is told. Works on the draft it is given,
 * which restoreDraft has already copied.
 */
export function dropDanglingReferences(draft: Draft): string[] {
  const ids = new Set(draft.agencies.map((agency) => agency.id));
  const repairs: string[] = [];
  const missing = (id: string) => `"${id}", which is not an agency in this draft`;

  draft.mdtTiers.forEach((tier, index) => {
    const label = `MDT tier "${tier.name || index + 1}"`;
    if (tier.convenerAgencyId !== null && !ids.has(tier.convenerAgencyId)) {
      repairs.push(`${label}: removed its convener ${missing(tier.convenerAgencyId)}.`);
      tier.convenerAgencyId = null;
    }
    const kept = tier.memberAgencyIds.filter((id) => ids.has(id));
    for (const id of tier.memberAgencyIds.filter((member) => !ids.has(member))) {
      repairs.push(`${label}: removed member ${missing(id)}.`);
    }
    tier.memberAgencyIds = kept;
  });

  for (const service of draft.sections.services.offered) {
    if (service.providerAgencyId !== null && !ids.has(service.providerAgencyId)) {
      repairs.push(`Service "${service.name}": removed its provider ${missing(service.providerAgencyId)}.`);
      service.providerAgencyId = null;
    }
  }
  // Approval blocks for a county the protocol no longer covers, or a county's second entry, name nothing to sign for.
  const seen = new Set<string>();
  draft.countyApprovals = draft.countyApprovals.filter((approval) => {
    const keep = draft.counties.includes(approval.county) && !seen.has(approval.county);
    if (!keep) repairs.push(`Removed the approval blocks chosen for ${approval.county} County${seen.has(approval.county) ? ' a second time' : ', which is not in this protocol'}.`);
    seen.add(approval.county);
    return keep;
  });
  // A signature or an approval recorded for an agency that is gone, no longer signs, or recorded twice.
  const perSigner = <T extends { agencyId: string }>(records: T[], noun: string): T[] => {
    const seen = new Set<string>();
    return records.filter((record) => {
      const agency = draft.agencies.find((a) => a.id === record.agencyId);
      const keep = agency !== undefined && agency.signs && !seen.has(record.agencyId);
      if (!keep) repairs.push(`Removed the ${noun} recorded for ${agency ? `"${agency.name || record.agencyId}", ${seen.has(record.agencyId) ? 'recorded a second time' : 'which does not sign'}` : missing(record.agencyId)}.`);
      seen.add(record.agencyId);
      return keep;
    });
  };
  draft.signatures = perSigner(draft.signatures, 'signature');
  draft.approvals = perSigner(draft.approvals, 'approval');
  return repairs;
}
