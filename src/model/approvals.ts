import { bindingHash, contentHash } from './content-hash';
import type { Agency } from './agency';
import type { Approval, Draft } from './draft';

/** Where one signing agency's approval stands: current, out of date (its text changed since), or none. */
export type ApprovalStanding =
  | { kind: 'approved'; approval: Approval }
  | { kind: 'outdated'; approval: Approval }
  | { kind: 'none' };

/**
 * Where one signing agency's signature stands: signed this text, signed an earlier text (it has
 * changed since: the agency must sign again), or not signed.
 */
export type SignatureStanding =
  | { kind: 'signed'; signedOn: string }
  | { kind: 'earlier-text'; signedOn: string }
  | { kind: 'pending' };

/**
 * Each signing agency, in order, with the standing of its signature. One recorded before
 * signatures kept their text's hash is read as of the text certified, if any.
 */
export function signatureStandings(draft: Draft): Array<{ agency: Agency; standing: SignatureStanding }> {
  const current = contentHash(draft);
  return draft.agencies.filter((agency) => agency.signs).map((agency) => {
    const signature = draft.signatures.find((s) => s.agencyId === agency.id);
    if (!signature?.signedOn) return { agency, standing: { kind: 'pending' } };
    const signed = signature.textHash ?? draft.certification?.contentHash;
    return { agency, standing: { kind: signed === current ? 'signed' : 'earlier-text', signedOn: signature.signedOn } };
  });
}

/** Each signing agency, in order, with the standing of its approval of the text that binds it. */
export function approvalStandings(draft: Draft): Array<{ agency: Agency; standing: ApprovalStanding }> {
  return draft.agencies.filter((agency) => agency.signs).map((agency) => {
    const approval = draft.approvals.find((a) => a.agencyId === agency.id);
    if (!approval) return { agency, standing: { kind: 'none' } };
    return { agency, standing: { kind: approval.textHash === bindingHash(draft, agency.id) ? 'approved' : 'outdated', approval } };
  });
}
