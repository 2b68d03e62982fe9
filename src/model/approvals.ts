import { bindingHash } from './content-hash';
import type { Agency } from './agency';
import type { Approval, Draft } from './draft';

/** Where one signing agency's approval stands: current, out of date (its text changed since), or none. */
export type ApprovalStanding =
  | { kind: 'approved'; approval: Approval }
  | { kind: 'outdated'; approval: Approval }
  | { kind: 'none' };

/** Each signing agency, in order, with the standing of its approval of the text that binds it. */
export function approvalStandings(draft: Draft): Array<{ agency: Agency; standing: ApprovalStanding }> {
  return draft.agencies.filter((agency) => agency.signs).map((agency) => {
    const approval = draft.approvals.find((a) => a.agencyId === agency.id);
    if (!approval) return { agency, standing: { kind: 'none' } };
    return { agency, standing: { kind: approval.textHash === bindingHash(draft, agency.id) ? 'approved' : 'outdated', approval } };
  });
}
