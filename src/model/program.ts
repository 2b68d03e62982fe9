import { describeCounties, type County } from './counties';
import type { Draft } from './draft';

/** What a draft records of the CSEC Program: which of its counties elected to receive its funds. */
export type ProgramAnswer = Pick<Draft, 'counties' | 'participatesInCsecProgram' | 'countiesNotInCsecProgram'>;

/** Whether this county of the protocol has elected to receive CSEC Program funds. */
export const inCsecProgram = (draft: ProgramAnswer, county: string): boolean =>
  draft.participatesInCsecProgram && !(draft.countiesNotInCsecProgram ?? []).includes(county as County);

/** The protocol's counties that have not elected the program, in the protocol's order. */
export const countiesOutsideCsecProgram = (draft: ProgramAnswer): County[] =>
  draft.counties.filter((county) => !inCsecProgram(draft, county));

/**
 * Whether any county of the protocol has elected the program, so that WIC 16524.8 binds the
 * protocol as that county's. A draft that names no county yet is read by its answer alone.
 */
export const anyInCsecProgram = (draft: ProgramAnswer): boolean =>
  draft.participatesInCsecProgram && (draft.counties.length === 0 || draft.counties.some((county) => inCsecProgram(draft, county)));

/**
 * The counties outside the program as a draft keeps them: only while the others have elected it,
 * only counties of the protocol, each once, and absent (not empty) when there are none.
 */
export function keptOutsideCsecProgram(draft: ProgramAnswer): County[] | undefined {
  if (!draft.participatesInCsecProgram) return undefined;
  const outside = draft.counties.filter((county) => draft.countiesNotInCsecProgram?.includes(county));
  return outside.length > 0 ? outside : undefined;
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
