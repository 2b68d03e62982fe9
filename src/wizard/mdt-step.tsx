import { z } from 'zod';
import { CADENCE_LABELS, CADENCES, mdtTierSchema, type Draft, type MdtTier } from '../model';
import { Field } from './fields';
import type { StepProps } from './section-step';
import type { FieldSpec } from './section-fields';
import { fieldId } from './steps';
import { RecordActions, RecordList } from './record-list';
import { RemovedNotice } from './removed-notice';
import { useListEdits } from './use-list-edits';
import { useStepForm } from './use-step-form';

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
  const roster = draft.agencies.map((a, i) => [a.id, a.name.trim() || `Agency ${i + 1}`] as const);
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
    ...functions.map((f): FieldSpec => ({ kind: 'checkbox', name: `provides.${f.key}`, label: `Provides ${f.name}`, hint: law.mdtFunctions ? `The multidisciplinary approach provides ${functions.map((g) => g.name).join(', ')} (${law.mdtFunctions.citation}).` : undefined })),
  ];
}

function TierCard({ tier, index, draft, law, onEdit, onMove, onRemove }: StepProps & {
  tier: MdtTier; index: number; onMove: (to: number) => void; onRemove: (title: string, latest: MdtTier | null) => void;
}) {
  const at = `mdtTiers.${index}`;
  const fields = tierFields(draft, law);
  const { form, resets, latest } = useStepForm(tierFormSchema, toForm(tier), (next) => onEdit({ kind: 'update', list: 'mdtTiers', id: tier.id, path: [], value: fromForm(next) }), { at, questions: fields });
  const meets = form.watch('meets');
  const title = tier.name.trim() || `Tier ${index + 1}`;
  const shown = fields.filter((spec) =>
    (spec.name !== 'amount' && spec.name !== 'unit') || meets === 'within').filter((spec) => spec.name !== 'cadence' || meets === 'regular');
  return (
    <li className="record" data-testid="tier">
      <fieldset className="record__fields" id={fieldId(at)} tabIndex={-1}>
        <legend className="record__title"><h3>{title}</h3></legend>
        {shown.map((spec) => <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} />)}
      </fieldset>
      <RecordActions list="mdtTiers" id={tier.id} title={title} index={index} count={draft.mdtTiers.length} onMove={onMove} onRemove={() => {
        const typed = latest();
        onRemove(title, typed && fromForm(typed));
      }} />
    </li>
  );
}

/** The tiers of the multidisciplinary team approach, with their conveners, members and meetings. */
export function MdtTiers({ draft, law, onEdit, onReplace }: StepProps & { onReplace: (draft: Draft) => void }) {
  const edits = useListEdits('mdtTiers', draft, onEdit, onReplace);
  return (
    <section aria-labelledby="tiers-heading" className="records-block">
      <h2 id="tiers-heading">Tiers of the team</h2>
      <RemovedNotice removed={edits.removed} id={edits.noticeId} onUndo={edits.undo} />
      <RecordList list="mdtTiers" label="Tiers" empty="No tiers yet.">
        {draft.mdtTiers.map((tier, index) => (
          <TierCard key={tier.id} tier={tier} index={index} draft={draft} law={law} onEdit={onEdit}
            onMove={(to) => edits.move(tier.id, to)} onRemove={(title, latest) => edits.remove(index, `the tier “${title}”`, latest)} />
        ))}
      </RecordList>
      <button type="button" className="usa-button" onClick={edits.add}>Add a tier</button>
    </section>
  );
}
