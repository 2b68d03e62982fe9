import { describeCounties, type County } from './counties';
import type { Draft } from './draft';

/** What a draft records of the CSEC Program: which of its counties elected to receive its funds. */
export type ProgramAnswer = Pick<Draft, 'kind' | 'counties' | 'participatesInCsecProgram' | 'countiesNotInCsecProgram'>;

/**
 * The counties recorded as outside the program, read only where the app asks it: a regional
 * CSEC Program protocol that elected the program, with at least one county left in it. Elsewhere
 * the one answer holds for every county, as the page shows it.
 */
function recordedOutside(draft: ProgramAnswer): County[] {
  if (draft.kind !== 'csec-program' || !draft.participatesInCsecProgram || draft.counties.length < 2) return [];
  const outside = draft.counties.filter((county) => draft.countiesNotInCsecProgram?.includes(county));
  return outside.length < draft.counties.length ? outside : [];
}

/** Whether this county of the protocol has elected to receive CSEC Program funds. */
export const inCsecProgram = (draft: ProgramAnswer, county: string): boolean =>
  draft.participatesInCsecProgram && !recordedOutside(draft).includes(county as County);

/** The protocol's counties that have not elected the program, in the protocol's order. */
export const countiesOutsideCsecProgram = (draft: ProgramAnswer): County[] =>
  draft.counties.filter((county) => !inCsecProgram(draft, county));

/**
 * Whether any county of the protocol has elected the program, so that WIC 16524.8 binds the
 * protocol as that county's: at least one always has, while the protocol says they elected it.
 */
export const anyInCsecProgram = (draft: ProgramAnswer): boolean => draft.participatesInCsecProgram;

/**
 * The counties outside the program as a draft keeps them: only where the app asks it, only
 * counties of the protocol, each once, and absent (not empty) when there are none.
 */
export function keptOutsideCsecProgram(draft: ProgramAnswer): County[] | undefined {
  const outside = recordedOutside(draft);
  return outside.length > 0 ? outside : undefined;
}

/**
 * Why a draft's list of counties outside the program is not read, in a note for whoever opens the
 * file, or null when it is read as it stands (or only loses counties the protocol does not cover).
 */
export function unreadOutsideList(draft: ProgramAnswer): string | null {
  const listed = draft.counties.filter((county) => draft.countiesNotInCsecProgram?.includes(county));
  if (listed.length === 0) return null;
  const removed = 'Removed the counties recorded as not in the CSEC Program:';
  if (draft.kind !== 'csec-program') return `${removed} a companion protocol is no county’s CSEC Program protocol.`;
  if (!draft.participatesInCsecProgram) return `${removed} the protocol says that none of its counties has elected the program.`;
  if (draft.counties.length < 2) return `${removed} the protocol covers one county and says that it has elected the program.`;
  if (listed.length === draft.counties.length) {
    return `${removed} every county of the protocol was listed, while it says its counties have elected the program. Each is read as in the program; if none is, untick “The protocol’s county or counties have elected to receive CSEC Program funds” in Protocol basics.`;
  }
  return null;
}

/**
 * "CSEC Program protocol", "CSEC Program protocol (Trinity County not in the CSEC Program)",
 * "County interagency protocol (county not in the CSEC Program)" or "Companion protocol: Juvenile hall".
 */
export function describeProtocolKind(draft: Pick<Draft, 'kind' | 'companionSetting'> & ProgramAnswer): string {
  if (draft.kind === 'csec-program') {
    if (!anyInCsecProgram(draft)) return `County interagency protocol (${draft.counties.length > 1 ? 'counties' : 'county'} not in the CSEC Program)`;
    const outside = countiesOutsideCsecProgram(draft);
    return outside.length > 0 ? `CSEC Program protocol (${describeCounties(outside)} not in the CSEC Program)` : 'CSEC Program protocol';
  }
  const setting = draft.companionSetting.trim();
  return `Companion protocol${setting ? `: ${setting}` : ''}`;
}
