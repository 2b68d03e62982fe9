import type { Draft } from '../model';
import type { LawInForce } from './law/statute';

/** Why WIC 16524.8 does not bind this protocol, or null when it does. */
export type NotBound = 'companion' | 'not-in-program';

export function notBoundReason(draft: Pick<Draft, 'kind' | 'participatesInCsecProgram'>): NotBound | null {
  if (draft.kind === 'companion') return 'companion';
  if (!draft.participatesInCsecProgram) return 'not-in-program';
  return null;
}

/**
 * The note shown with advice from a WIC 16524.8 rule that does not bind this protocol. Only what
 * would block the county's CSEC Program protocol is said to be required of it.
 */
export function notBoundNote(reason: NotBound, law: LawInForce, wouldBlock: boolean): string {
  // The section whose reach this is, not the subdivision that states the program's name: the
  // note also goes with findings under 16524.8(b).
  const cite = law.program?.value.protocolSection ?? 'WIC 16524.8';
  return reason === 'companion'
    ? `Advice only: ${cite} binds the county’s CSEC Program protocol, and this is a companion protocol.${wouldBlock ? " If the county takes part in the CSEC Program, its CSEC Program protocol must still meet this requirement." : ''}`
    : `Advice only: ${cite} binds the protocol of a county that elects to receive CSEC Program funds, and this county has not.${wouldBlock ? ' A county that elects the program must meet this requirement in its protocol.' : ''}`;
}
