import { useEffect, useMemo, useRef } from 'react';
import { z } from 'zod';
import { formatLongDate } from '../lib/dates';
import { draftSchema, keptOutsideCsecProgram, type County, type Draft } from '../model';
import type { LawInForce } from '../requirements';
import { Field } from './fields';
import type { StepProps } from './section-step';
import { BASICS_FIELDS, basicsFieldsOf, outsideProgramField, TERM_FIELDS, type FieldSpec } from './section-fields';
import { asksProgramPerCounty, checkProgramCounties, DATE_WORDS, formDate, hasCome, NOT_YET_DEVELOPED, NOT_YET_REVISED, titleFor } from './basics-schema';
import { CountyChooser, useCountyChooser } from './county-chooser';
import { fieldId } from './steps';
import { useStepForm } from './use-step-form';

const BASICS = { title: true, counties: true, kind: true, companionSetting: true, participatesInCsecProgram: true, countiesNotInCsecProgram: true, firstDevelopedOn: true, lastRevisedOn: true } as const;
/**
 * The draft's own rules, and what a protocol being edited cannot do without: a title (its
 * heading everywhere) and dates in their order. Until they hold, the draft keeps its last good
 * answers. A draft may name no county for a while: the checks say it must before it is final.
 */
const basicsEditSchema = draftSchema.pick(BASICS).extend({
  title: z.string().refine((title) => title.trim() !== '', 'Enter the title of the protocol.'),
  firstDevelopedOn: formDate(DATE_WORDS.firstDevelopedOn),
  lastRevisedOn: formDate(DATE_WORDS.lastRevisedOn),
}).superRefine((basics, ctx) => {
  if (!hasCome(basics.firstDevelopedOn)) ctx.addIssue({ code: 'custom', path: ['firstDevelopedOn'], message: NOT_YET_DEVELOPED });
  if (!hasCome(basics.lastRevisedOn)) ctx.addIssue({ code: 'custom', path: ['lastRevisedOn'], message: NOT_YET_REVISED });
  else if (basics.firstDevelopedOn && basics.lastRevisedOn && basics.lastRevisedOn < basics.firstDevelopedOn) {
    ctx.addIssue({ code: 'custom', path: ['lastRevisedOn'], message: `Enter a date on or after ${formatLongDate(basics.firstDevelopedOn)}, when the protocol was first developed.` });
  }
  checkProgramCounties(basics, ctx);
  // As the draft keeps it, but a list even when empty: a form's group of boxes always reads as one.
}).transform((basics): typeof basics => ({ ...basics, countiesNotInCsecProgram: keptOutsideCsecProgram(basics) ?? [] }));
type BasicsEdit = z.infer<typeof basicsEditSchema>;

const TERM = { effectiveOn: true, endsOn: true, noEndDate: true } as const;
const termSchema = draftSchema.pick(TERM).extend({ effectiveOn: formDate(DATE_WORDS.effectiveOn), endsOn: formDate(DATE_WORDS.endsOn) }).superRefine((term, ctx) => {
  if (term.endsOn && term.noEndDate) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Clear the end date, or untick “The MOU has no end date”: the MOU cannot have both.' });
  } else if (term.endsOn && term.effectiveOn && term.endsOn < term.effectiveOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Enter an end date on or after the date the MOU takes effect.' });
  }
});
type Term = z.infer<typeof termSchema>;

const pick = <K extends keyof Draft>(draft: Draft, keys: Record<K, true>) =>
  Object.fromEntries(Object.keys(keys).map((k) => [k, draft[k as K]])) as Pick<Draft, K>;

/** Each field of a part of the draft's top level, set one by one. */
const setEach = (values: Record<string, unknown>) => Object.entries(values).map(([key, value]) => ({ kind: 'set' as const, path: [key], value }));


/** Which protocol this is; the section that requires a county's protocol is read from the statute data. */
const kindField = (law: LawInForce): FieldSpec => ({
  kind: 'radios', name: 'kind', label: 'Kind of protocol',
  options: [
    ['csec-program', `The county or regional interagency protocol${law.program ? ` (${law.program.value.protocolSection})` : ''}`],
    ['companion', 'A companion protocol for one setting, such as juvenile hall'],
  ],
});

/** The protocol's basics, editable after it started: title, counties, kind and dates. */
export function BasicsStep({ draft, law, onEdit }: StepProps) {
  // react-hook-form reads a group of boxes as a list only when its default is one: else, with one
  // box left on the page, as true or false.
  const basics = { ...pick(draft, BASICS), countiesNotInCsecProgram: draft.countiesNotInCsecProgram ?? [] };
  const { form, resets } = useStepForm(basicsEditSchema, basics, (next: BasicsEdit) => onEdit(setEach({ ...next, countiesNotInCsecProgram: keptOutsideCsecProgram(next) })),
    { questions: useMemo(() => [kindField(law), ...BASICS_FIELDS, outsideProgramField([])], [law]) });
  const counties = form.watch('counties');
  const kind = form.watch('kind');
  const participates = form.watch('participatesInCsecProgram');
  const asksPerCounty = asksProgramPerCounty({ kind, counties, participatesInCsecProgram: participates });
  // A question no longer asked has no error: the summary would link to nothing.
  useEffect(() => {
    if (!asksPerCounty) form.clearErrors('countiesNotInCsecProgram');
  }, [asksPerCounty, form]);
  const setCounties = (next: County[]) => {
    // A title the app made from the counties follows them; one the committee wrote stays, and so
    // does any title while no county is left to name.
    if (next.length > 0 && form.getValues('title') === titleFor({ counties, kind })) form.setValue('title', titleFor({ counties: next, kind }), { shouldDirty: true });
    form.setValue('counties', next, { shouldDirty: true });
  };
  // ...and the kind of protocol ("Companion Protocol"), when that changes.
  const madeFor = useRef(kind);
  useEffect(() => {
    const before = madeFor.current;
    madeFor.current = kind;
    if (before !== kind && counties.length > 0 && form.getValues('title') === titleFor({ counties, kind: before })) form.setValue('title', titleFor({ counties, kind }), { shouldDirty: true });
  }, [kind, counties, form]);
  // A county removed by mistake comes back with Undo, in its place, the title following it back.
  const chooser = useCountyChooser(counties, setCounties, fieldId('counties'));
  return (
    <>
      <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form">
        <Field spec={BASICS_FIELDS[0]!} form={form} at="" law={law} resets={resets} />
        <fieldset className="usa-fieldset usa-form-group field">
          <legend className="usa-legend field__label">County or counties</legend>
          <div className="usa-hint">A regional protocol names each county it covers; each county’s partners are checked separately.</div>
          <CountyChooser chooser={chooser} selectLabel="County to add" testId="basics-counties"
            empty={<p className="usa-hint" data-testid="no-county">No county yet.</p>} />
        </fieldset>
        {[kindField(law), ...basicsFieldsOf({ kind, counties, participatesInCsecProgram: participates }).slice(1)]
          .filter((spec) => spec.name !== 'companionSetting' || kind === 'companion')
          .map((spec) => <Field key={spec.name} spec={spec} form={form} at="" law={law} resets={resets} />)}
      </form>
    </>
  );
}


/** The MOU's term, asked in section 14 beside amendment and termination. */
export function TermFields({ draft, law, onEdit }: StepProps) {
  const { form, resets } = useStepForm(termSchema, pick(draft, TERM), (next: Term) => onEdit(setEach(next)), { questions: TERM_FIELDS });
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form">
      {TERM_FIELDS.map((spec) => <Field key={spec.name} spec={spec} form={form} at="" law={law} resets={resets} />)}
    </form>
  );
}
