import { contentHash, describeCounties, signatureStandings, type Draft, type SignatureStanding } from '../../model';
import { documentDate, documentDraft, nameOr, oneLine, wholeDate } from './text';

const STATUS: Record<SignatureStanding['kind'], string> = { signed: 'Signed', 'earlier-text': 'Signed an earlier text', pending: 'Pending' };

/** What the signature status sheet prints: each signing agency, its signer, and whether and when it signed. */
export function signatureStatusView(typed: Draft, options: { today: string }) {
  // The hash is the text's as signed; the names are printed as every document prints them.
  const hash = contentHash(typed);
  const draft = documentDraft(typed);
  // A signature of an earlier text (changed since) is listed as such, and not counted.
  const standings = new Map(signatureStandings(typed).map(({ agency, standing }) => [agency.id, standing]));
  const rows = draft.agencies.filter((agency) => agency.signs).map((agency) => {
    const standing = standings.get(agency.id) ?? { kind: 'pending' as const };
    const signer = [oneLine(agency.signer.name), oneLine(agency.signer.title)].filter(Boolean).join(', ');
    return {
      agency: nameOr(agency.name, 'An unnamed agency'),
      signer: signer || 'Not named',
      status: STATUS[standing.kind],
      on: standing.kind === 'pending' ? 'Not yet' : documentDate(standing.signedOn),
      signed: standing.kind === 'signed',
    };
  });
  const signedCount = rows.filter((row) => row.signed).length;
  const { certification } = draft;
  return {
    protocolTitle: nameOr(draft.title, 'Interagency Protocol for Commercially Sexually Exploited Children'),
    counties: describeCounties(draft.counties),
    produced: wholeDate(options.today),
    hash,
    // A certification of another text (edited since outside the app) is not this text's.
    certified: certification && certification.contentHash === hash ? { by: certification.by, on: documentDate(certification.on) } : null,
    rows,
    signedCount,
    earlier: rows.filter((row) => row.status === STATUS['earlier-text']).length,
    total: rows.length,
    totalOne: rows.length === 1,
    allSigned: rows.length > 0 && signedCount === rows.length,
  };
}
