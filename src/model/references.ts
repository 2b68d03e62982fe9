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
  // A signature recorded for an agency that is gone, or no longer signs, or recorded twice.
  const signed = new Set<string>();
  draft.signatures = draft.signatures.filter((signature) => {
    const agency = draft.agencies.find((a) => a.id === signature.agencyId);
    const keep = agency !== undefined && agency.signs && !signed.has(signature.agencyId);
    if (!keep) repairs.push(`Removed the signature recorded for ${agency ? `"${agency.name || signature.agencyId}", ${signed.has(signature.agencyId) ? 'recorded a second time' : 'which does not sign'}` : missing(signature.agencyId)}.`);
    signed.add(signature.agencyId);
    return keep;
  });
  // An approval recorded for an agency that is gone, or no longer signs, or recorded twice.
  const approved = new Set<string>();
  draft.approvals = draft.approvals.filter((approval) => {
    const agency = draft.agencies.find((a) => a.id === approval.agencyId);
    const keep = agency !== undefined && agency.signs && !approved.has(approval.agencyId);
    if (!keep) repairs.push(`Removed the approval recorded for ${agency ? `"${agency.name || approval.agencyId}", ${approved.has(approval.agencyId) ? 'recorded a second time' : 'which does not sign'}` : missing(approval.agencyId)}.`);
    approved.add(approval.agencyId);
    return keep;
  });
  return repairs;
}
