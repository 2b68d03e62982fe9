import { documentDate } from './text';
import { contentHash, describeCounties, printableDraft, type Draft } from '../../model';
import { nameOr, oneLine } from './text';

/** What the signature status sheet prints: each signing agency, its signer, and whether and when it signed. */
export function signatureStatusView(typed: Draft, options: { today: string }) {
  // The hash is the text's as signed; the names are printed as every document prints them.
  const hash = contentHash(typed);
  const draft = printableDraft(typed);
  const rows = draft.agencies.filter((agency) => agency.signs).map((agency) => {
    const signedOn = draft.signatures.find((s) => s.agencyId === agency.id)?.signedOn ?? null;
    const signer = [oneLine(agency.signer.name), oneLine(agency.signer.title)].filter(Boolean).join(', ');
    return {
      agency: nameOr(agency.name, 'An unnamed agency'),
      signer: signer || 'Not named',
      status: signedOn ? 'Signed' : 'Pending',
      on: signedOn ? documentDate(signedOn) : 'Not yet',
    };
  });
  const signedCount = rows.filter((row) => row.status === 'Signed').length;
  const { certification } = draft;
  return {
    protocolTitle: nameOr(draft.title, 'Interagency Protocol for Commercially Sexually Exploited Children'),
    counties: describeCounties(draft.counties),
    produced: documentDate(options.today),
    hash,
    // A certification of another text (edited since outside the app) is not this text's.
    certified: certification && certification.contentHash === hash ? { by: certification.by, on: documentDate(certification.on) } : null,
    rows,
    signedCount,
    total: rows.length,
    totalOne: rows.length === 1,
    allSigned: rows.length > 0 && signedCount === rows.length,
  };
}
