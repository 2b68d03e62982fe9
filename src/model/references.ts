import { listInWords, plural } from '../lib/words';
import type { Draft } from './draft';
import { unreadOutsideList } from './program';

/** What can name an agency, in the words of the line that counts them when none is left. */
const CONVENER = ['MDT tier’s convener', 'MDT tiers’ conveners'] as const;
const MEMBER = ['MDT tier’s member', 'MDT tiers’ members'] as const;
const PROVIDER = ['service’s provider', 'services’ providers'] as const;
const SIGNATURE = ['signature recorded', 'signatures recorded'] as const;
const APPROVAL = ['approval recorded', 'approvals recorded'] as const;

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
  // With no agencies at all (the file's list of them could not be used), every reference goes: a
  // line for each would bury the line that says why, so they are counted by kind instead.
  const counted = new Map<readonly [string, string], number>();
  const dangling = (kind: readonly [one: string, many: string], words: string) => {
    if (ids.size > 0) repairs.push(words);
    else counted.set(kind, (counted.get(kind) ?? 0) + 1);
  };

  draft.mdtTiers.forEach((tier, index) => {
    const label = `MDT tier "${tier.name || index + 1}"`;
    if (tier.convenerAgencyId !== null && !ids.has(tier.convenerAgencyId)) {
      dangling(CONVENER, `${label}: removed its convener ${missing(tier.convenerAgencyId)}.`);
      tier.convenerAgencyId = null;
    }
    const kept = tier.memberAgencyIds.filter((id) => ids.has(id));
    for (const id of tier.memberAgencyIds.filter((member) => !ids.has(member))) {
      dangling(MEMBER, `${label}: removed member ${missing(id)}.`);
    }
    tier.memberAgencyIds = kept;
  });

  for (const service of draft.sections.services.offered) {
    if (service.providerAgencyId !== null && !ids.has(service.providerAgencyId)) {
      dangling(PROVIDER, `Service "${service.name}": removed its provider ${missing(service.providerAgencyId)}.`);
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
  // A county recorded as outside the program that the protocol does not cover, or recorded twice, says nothing.
  if (draft.countiesNotInCsecProgram) {
    const named = new Set<string>();
    draft.countiesNotInCsecProgram = draft.countiesNotInCsecProgram.filter((county) => {
      const keep = draft.counties.includes(county) && !named.has(county);
      if (!keep) repairs.push(`Removed ${county} County from the counties not in the CSEC Program${named.has(county) ? ', where it was named a second time' : ': the protocol does not cover it'}.`);
      named.add(county);
      return keep;
    });
    const unread = unreadOutsideList(draft);
    if (unread) {
      repairs.push(unread);
      delete draft.countiesNotInCsecProgram;
    }
  }
  // A signature or an approval recorded for an agency that is gone, no longer signs, or recorded twice.
  const perSigner = <T extends { agencyId: string }>(records: T[], noun: string, kind: readonly [string, string]): T[] => {
    const seen = new Set<string>();
    return records.filter((record) => {
      const agency = draft.agencies.find((a) => a.id === record.agencyId);
      const keep = agency !== undefined && agency.signs && !seen.has(record.agencyId);
      if (!keep && !agency) dangling(kind, `Removed the ${noun} recorded for ${missing(record.agencyId)}.`);
      else if (!keep) repairs.push(`Removed the ${noun} recorded for "${agency.name || record.agencyId}", ${seen.has(record.agencyId) ? 'recorded a second time' : 'which does not sign'}.`);
      seen.add(record.agencyId);
      return keep;
    });
  };
  draft.signatures = perSigner(draft.signatures, 'signature', SIGNATURE);
  draft.approvals = perSigner(draft.approvals, 'approval', APPROVAL);
  if (counted.size > 0) {
    const kinds = [...counted].map(([[one, many], n]) => plural(n, one, many));
    repairs.push(`The draft has no agencies left, so every place that named one was cleared: ${listInWords(kinds)}.`);
  }
  return repairs;
}
