import { z } from 'zod';
import { listInWords } from '../lib/words';
import { CADENCE_LABELS, CADENCES, mdtTierSchema, type Draft, type MdtTier } from '../model';
import { Field } from './fields';
import type { StepProps } from './section-step';
import type { FieldSpec } from './section-fields';
import { fieldId } from './steps';
import { agencyChoices, tierName } from './record-names';
import { MovedStatus, RecordList, RecordSummary } from './record-list';
import { tierInWords } from './answers';
import { RemovedNotice } from './removed-notice';
import { useListEdits } from './use-list-edits';
import { useStepForm } from './use-step-form';
import { useTiersAdded } from './tiers-added';

/**
 * A tier as its form holds it: "when it meets" is one choice with its amount or cadence beside it,
 * and "nobody" is an empty convener. The tier's own schema checks what goes back into the draft.
 */
const tierFormSchema = mdtTierSchema.omit({ convenes: true }).extend({
  convenerAgencyId: z.string(),
  meets: z.enum(['', 'within', 'regular']),
  amount: z.number().int().positive().nullable(),
  unit: z.enum(['hours', 'days']),
  cadence: z.enum(CADENCES),
}).superRefine((tier, ctx) => {
  if (tier.meets === 'within' && tier.amount === null) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter how many hours or days after a youth is identified the tier meets.' });
});
type TierForm = z.infer<typeof tierFormSchema>;

const toForm = ({ convenes, ...tier }: MdtTier): TierForm => ({
  ...tier,
  convenerAgencyId: tier.convenerAgencyId ?? '',
  meets: convenes?.kind ?? '',
  amount: convenes?.kind === 'within' ? convenes.amount : null,
  unit: convenes?.kind === 'within' ? convenes.unit : 'hours',
  cadence: convenes?.kind === 'regular' ? convenes.cadence : 'monthly',
});

const fromForm = ({ meets, amount, unit, cadence, ...tier }: TierForm): MdtTier => ({
  ...tier,
  convenerAgencyId: tier.convenerAgencyId || null,
  convenes: meets === 'within' && amount !== null ? { kind: 'within', amount, unit } : meets === 'regular' ? { kind: 'regular', cadence } : null,
});

function tierFields(draft: Draft, law: StepProps['law']): FieldSpec[] {
  const roster = agencyChoices(draft);
  const functions = law.mdtFunctions?.value ?? [];
  return [
    { kind: 'text', name: 'name', label: 'Name of the tier', hint: 'Such as “Rapid response team” or “Ongoing MDT”.' },
    { kind: 'textarea', name: 'purpose', label: 'Its purpose', hint: 'Such as “plans the first 72 hours after a youth is identified”.' },
    { kind: 'radios', name: 'convenerAgencyId', label: 'Who convenes it', hint: 'The agency that calls the meeting and keeps its record.', options: [['', 'Not decided yet'], ...roster] },
    { kind: 'choices', name: 'memberAgencyIds', label: 'Members', hint: roster.length ? 'Chosen from the agencies on the team.' : 'Add agencies first: members are chosen from them.', options: roster },
    { kind: 'radios', name: 'meets', label: 'When it meets', hint: 'Within a set time of a youth being identified, or on a regular schedule.', options: [['', 'Not decided yet'], ['within', 'Within a set time of a youth being identified'], ['regular', 'On a regular schedule']] },
    { kind: 'number', name: 'amount', label: 'Meets within', unit: '', hint: 'A number of hours or days after a youth is identified.' },
    { kind: 'radios', name: 'unit', label: 'Unit', options: [['hours', 'hours'], ['days', 'days']] },
    { kind: 'radios', name: 'cadence', label: 'Schedule', hint: 'How often the tier meets.', options: CADENCES.map((c) => [c, CADENCE_LABELS[c]] as const) },
    // The law's sentence once, under the first of its functions: under each, it was read three times.
    ...functions.map((f, i): FieldSpec => ({ kind: 'checkbox', name: `provides.${f.key}`, label: `Provides ${f.name}`,
      hint: law.mdtFunctions && i === 0 ? `The multidisciplinary approach provides ${listInWords(functions.map((g) => g.name))} (${law.mdtFunctions.citation}).` : undefined })),
  ];
}

/**
 * Adding a tier asks its questions in three steps, each with its own heading (UX.md: a step
 * indicator inside a linear sub-flow); changing one asks them all on one page.
 */
export const TIER_PARTS = [
  { title: 'Its name and purpose', fields: ['name', 'purpose'] },
  { title: 'Who convenes it, and its members', fields: ['convenerAgencyId', 'memberAgencyIds'] },
  { title: 'When it meets, and what it provides', fields: ['meets', 'amount', 'unit', 'cadence', 'provides.'] },
] as const;

const inPart = (name: string, part: number | null) =>
  part === null || TIER_PARTS[part - 1]!.fields.some((field) => (field.endsWith('.') ? name.startsWith(field) : name === field));

/** A tier's questions on a page of its own: all of them, or those of one step (`part`, from 1) of adding it. */
export function TierPage({ tier, index, part, draft, law, onEdit }: StepProps & { tier: MdtTier; index: number; part: number | null }) {
  const at = `mdtTiers.${index}`;
  const fields = tierFields(draft, law);
  const { form, resets } = useStepForm(tierFormSchema, toForm(tier), (next) => onEdit({ kind: 'update', list: 'mdtTiers', id: tier.id, path: [], value: fromForm(next) }), { at, questions: fields });
  const meets = form.watch('meets');
  const shown = fields.filter((spec) => inPart(spec.name, part))
    .filter((spec) => (spec.name !== 'amount' && spec.name !== 'unit') || meets === 'within').filter((spec) => spec.name !== 'cadence' || meets === 'regular');
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form" id={fieldId(at)} tabIndex={-1} data-testid="tier-page">
      {shown.map((spec) => <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} />)}
    </form>
  );
}

interface ListProps extends StepProps {
  onReplace: (draft: Draft) => void;
  /** Opens a tier's own page, or a step of adding it (`part`), focusing the first of `focus` that is there. */
  onItem: (id: string, options?: { focus?: string[]; part?: number }) => void;
}

/** The tiers of the multidisciplinary team approach, each in brief with Change, reordering and Remove (with undo). */
export function MdtTiers({ draft, onEdit, onReplace, onItem }: ListProps) {
  const edits = useListEdits('mdtTiers', draft, onEdit, onReplace, (id, focus) => onItem(id, { focus, part: 1 }));
  const tiersAdded = useTiersAdded();
  return (
    <section aria-labelledby="tiers-heading" className="records-block">
      <h3 id="tiers-heading">Tiers of the team</h3>
      <RemovedNotice removed={edits.removed} id={edits.noticeId} onUndo={edits.undo} />
      <MovedStatus moved={edits.moved} />
      <RecordList list="mdtTiers" label="Tiers" empty="No tiers yet.">
        {draft.mdtTiers.map((tier, index) => {
          // A tier left before the last step of its adding: said on the list, and continued where it stopped.
          const stopped = tiersAdded.stoppedAt(tier.id);
          return (
            <RecordSummary key={tier.id} testId="tier" level={4} summary={tierInWords(draft, tier)} list="mdtTiers" id={tier.id} title={tierName(draft, index)}
              index={index} count={draft.mdtTiers.length} onMove={(to) => edits.move(tier.id, to)}
              onRemove={() => edits.remove(index)}
              {...(stopped === null ? { onChange: () => onItem(tier.id) } : {
                onChange: () => onItem(tier.id, { part: stopped }),
                changeWords: 'Continue adding',
                status: `Not finished: adding it stopped at step ${stopped} of ${TIER_PARTS.length}.`,
              })} />
          );
        })}
      </RecordList>
      <button type="button" id={ADD_TIER_ID} className="usa-button" onClick={() => edits.add()}>{draft.mdtTiers.length ? 'Add another tier' : 'Add a tier'}</button>
    </section>
  );
}

/** The button that starts adding a tier, where focus returns when adding one is cancelled. */
export const ADD_TIER_ID = 'add-tier';
