import { anyInCsecProgram, inCsecProgram, type Draft, type ProgramAnswer } from '../model';
import type { LawInForce } from './law/statute';

/** Why WIC 16524.8 does not bind a protocol. */
export type NotBound = 'companion' | 'not-in-program';

/**
 * Why WIC 16524.8 does not bind this protocol, or null when it does: for one of its counties
 * (the lead and partners, checked county by county) when `county` is given, else for the protocol
 * as a whole, which is the protocol of every county of it that elected the program.
 */
export function notBoundReason(draft: Pick<Draft, 'kind'> & ProgramAnswer, county?: string | null): NotBound | null {
  if (draft.kind === 'companion') return 'companion';
  if (!(county ? inCsecProgram(draft, county) : anyInCsecProgram(draft))) return 'not-in-program';
  return null;
}

/**
 * The note shown with advice from a WIC 16524.8 rule that does not bind this protocol. Only what
 * would block the county's CSEC Program protocol is said to be required of it.
 */
export function notBoundNote(reason: NotBound, law: LawInForce, wouldBlock: boolean, hasNot = 'this county has not'): string {
  // The section whose reach this is, not the subdivision that states the program's name: the
  // note also goes with findings under 16524.8(b).
  const cite = law.program?.value.protocolSection ?? 'WIC 16524.8';
  return reason === 'companion'
    ? `Advice only: ${cite} binds the county’s CSEC Program protocol, and this is a companion protocol.${wouldBlock ? " If the county takes part in the CSEC Program, its CSEC Program protocol must still meet this requirement." : ''}`
    : `Advice only: ${cite} binds the protocol of a county that elects to receive CSEC Program funds, and ${hasNot}.${wouldBlock ? ' A county that elects the program must meet this requirement in its protocol.' : ''}`;
}

/**
 * Who has not elected the program, as a note says it: "Trinity County has not" for a finding about
 * one county, else "this county has not", or for a regional protocol "its counties have not".
 */
export function notElectedWords(draft: Pick<Draft, 'counties'>, county?: string | null): string {
  if (county) return `${county} County has not`;
  return draft.counties.length > 1 ? 'its counties have not' : 'this county has not';
}
