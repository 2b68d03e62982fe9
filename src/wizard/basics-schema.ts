import { z } from 'zod';
import { draftSchema, keptOutsideCsecProgram, type County, type Draft, type ProtocolKind } from '../model';
import { formatLongDate, todayIso } from '../lib/dates';
import { listInWords } from '../lib/words';
import { CALIFORNIA, partnerListChanges } from '../requirements';

/**
 * What a date box holds while the browser has only part of a date (a month and a day, no year):
 * its value is "" then, as for no date, and the part typed would be dropped without a word.
 */
export const INCOMPLETE_DATE = 'incomplete';

/** The value of the date box `id`: its date, INCOMPLETE_DATE while it holds part of one, or null when empty. */
export const dateBoxValue = (id: string) => (value: unknown): string | null =>
  (typeof value === 'string' && value) || ((document.getElementById(id) as HTMLInputElement | null)?.validity.badInput ? INCOMPLETE_DATE : null);

// Before it, a year was typed short, or wrong: no protocol is that old.
const EARLIEST_YEAR = '1900';
const ISO_DATE = z.iso.date();

/**
 * A date answered in a form: the draft's own rule (a real calendar date), said for a date box,
 * and a year in full. A box given "20" for 2020 holds the year 0020, which no protocol has.
 * `what` names the date in the message, as the error summary lists several ("the date the MOU
 * takes effect").
 */
export const formDate = (what: string) => z.string().nullable().superRefine((date, ctx) => {
  if (date === null) return;
  if (date === INCOMPLETE_DATE) ctx.addIssue({ code: 'custom', message: `Enter the whole of ${what}: its month, day and year.` });
  else if (!ISO_DATE.safeParse(date).success) ctx.addIssue({ code: 'custom', message: `Enter ${what} as a real calendar date.` });
  else if (date < '1000') ctx.addIssue({ code: 'custom', message: `Enter the year of ${what} in full, with four digits, such as 2025.` });
  else if (date < EARLIEST_YEAR) ctx.addIssue({ code: 'custom', message: `Enter ${what} from ${EARLIEST_YEAR} on.` });
});

/** What each date of the forms is, in their messages. */
export const DATE_WORDS = {
  firstDevelopedOn: 'the date the protocol was first developed',
  lastRevisedOn: 'the date of the latest revision',
  effectiveOn: 'the date the MOU takes effect',
  endsOn: 'the date the MOU ends',
} as const;

/** Whether the protocol asks which of its counties are outside the program: a regional CSEC Program protocol that elected it. */
export const asksProgramPerCounty = (basics: { kind: string; counties: readonly string[]; participatesInCsecProgram: boolean }) =>
  basics.kind === 'csec-program' && basics.participatesInCsecProgram && basics.counties.length > 1;

/** Said when every county of the region is ticked as outside the program while the program is said to be elected. */
export const ALL_OUTSIDE = 'Untick each county that has elected to receive CSEC Program funds. If none has, untick “The protocol’s county or counties have elected to receive CSEC Program funds” instead.';

type ProgramBasics = Pick<Draft, 'kind' | 'counties' | 'participatesInCsecProgram' | 'countiesNotInCsecProgram'>;

/** A region said to have elected the program has at least one county in it. */
export function checkProgramCounties(basics: ProgramBasics, ctx: z.RefinementCtx) {
  if (asksProgramPerCounty(basics) && basics.counties.every((county) => basics.countiesNotInCsecProgram?.includes(county))) {
    ctx.addIssue({ code: 'custom', path: ['countiesNotInCsecProgram'], message: ALL_OUTSIDE });
  }
}

/** The answers as the draft keeps them: the counties outside the program only where the app asks them (model/program.ts). */
export const keptAsDrafts = <T extends ProgramBasics>(basics: T): T => ({ ...basics, countiesNotInCsecProgram: keptOutsideCsecProgram(basics) });

/**
 * The protocol's basics, taken from the draft's own schema (never a second copy of the fields),
 * with what a new protocol must name before it starts: at least one county.
 */
export const basicsSchema = draftSchema
  .pick({ kind: true, companionSetting: true, participatesInCsecProgram: true, countiesNotInCsecProgram: true, firstDevelopedOn: true })
  .extend({ counties: draftSchema.shape.counties.unwrap().min(1, 'Choose at least one county.'), firstDevelopedOn: formDate(DATE_WORDS.firstDevelopedOn) })
  .superRefine((basics, ctx) => {
    if (!hasCome(basics.firstDevelopedOn)) ctx.addIssue({ code: 'custom', path: ['firstDevelopedOn'], message: NOT_YET_DEVELOPED });
    checkProgramCounties(basics, ctx);
  })
  .transform(keptAsDrafts);

/**
 * Whether a date of the protocol's past (first developed, last revised) has come, by the
 * browser's own day: a year typed as 2099 for 2009 would change which partners are required.
 */
export const hasCome = (date: string | null): boolean => date === null || date === INCOMPLETE_DATE || date <= todayIso();

export const NOT_YET_DEVELOPED = 'Enter the date the protocol was first developed: today or earlier.';
export const NOT_YET_REVISED = 'Enter the date of the latest revision: today or earlier.';

export type Basics = z.infer<typeof basicsSchema>;

/** What the form holds, checked by basicsSchema: the same fields, but a date input gives "" for no date. */
export interface BasicsForm {
  counties: County[];
  kind: ProtocolKind;
  companionSetting: string;
  participatesInCsecProgram: boolean;
  /** For a regional protocol: its counties that have not elected the program, one box each. */
  countiesNotInCsecProgram?: County[];
  /** "" or null for no date, INCOMPLETE_DATE for part of one. */
  firstDevelopedOn: string | null;
}

/** Form values to basics, or the message for each field that is wrong. */
export function readBasics(values: BasicsForm): { ok: true; value: Basics } | { ok: false; errors: Record<string, string> } {
  const parsed = basicsSchema.safeParse({ ...values, firstDevelopedOn: values.firstDevelopedOn || null });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'counties');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

// Read from the statute data, never retyped: the dates the law changed the required partners.
const partnerChanges = partnerListChanges(CALIFORNIA);

/** The hint of "First developed on", on the start page and the basics step alike. */
export const FIRST_DEVELOPED_HINT = `Leave empty for a protocol written now.${partnerChanges.length > 0
  ? ` A date before ${listInWords(partnerChanges.map(formatLongDate), 'or')}, changes which partners are required.` : ''}`;

/** "Napa County Interagency Protocol ...", "Lassen-Modoc Regional Interagency Protocol ...": a new protocol's title. */
export function titleFor({ counties, kind }: { counties: readonly string[]; kind: ProtocolKind }): string {
  const what = kind === 'companion' ? 'Companion Protocol' : 'Interagency Protocol';
  const where = counties.length === 1 ? `${counties[0]} County` : `${counties.join('-')} Regional`;
  return `${where} ${what} for Commercially Sexually Exploited Children`;
}

/** Said at the list of counties when "Add county" is pressed with none chosen. */
export const CHOOSE_A_COUNTY = 'Choose a county in the list, then add it.';
