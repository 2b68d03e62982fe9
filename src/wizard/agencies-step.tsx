import type { ZodType } from 'zod';
import { AGENCY_ROLES, agencySchema, ROLE_LABELS, type Agency, type Draft } from '../model';
import { capitalise, listInWords } from '../lib/words';
import { formatLongDate } from '../lib/dates';
import { CALIFORNIA, citationAsSubject, citationInWords, notBoundReason, partnerDuties, type LawInForce } from '../requirements';
import { Field } from './fields';
import type { StepProps } from './section-step';
import { AGENCY_FIELD_WORDS, type FieldSpec } from './section-fields';
import { MovedStatus, RecordList, RecordSummary } from './record-list';
import { agencyInWords } from './answers';
import { agencyName } from './record-names';
import { CountyApprovals } from './county-approvals';
import { RemovedNotice } from './removed-notice';
import { useListEdits } from './use-list-edits';
import { useStepForm } from './use-step-form';

const schema = agencySchema as unknown as ZodType<Agency>;

const words = (field: string) => capitalise(AGENCY_FIELD_WORDS[field]!);

function agencyFields(draft: Draft, agency: Agency): FieldSpec[] {
  const counties = draft.counties.includes(agency.county) ? draft.counties : [...draft.counties, agency.county];
  return [
    { kind: 'text', name: 'name', label: 'Agency name', hint: `As it should appear in the MOU, such as “${agency.county} County Probation Department”.` },
    ...(counties.length > 1 ? [{ kind: 'radios', name: 'county', label: 'County it serves', hint: 'Each county of a regional protocol must have its own partners.', options: counties.map((c) => [c, `${c} County`] as const) } as const] : []),
    { kind: 'choices', name: 'roles', label: 'Its roles on the protocol team', hint: 'One agency may fill several roles, such as a health department that is both mental health and public health.',
      options: AGENCY_ROLES.map((role) => [role, ROLE_LABELS[role]] as const) },
    { kind: 'text', name: 'representative.name', label: 'Representative on the team: name', hint: 'Who speaks for the agency on the team.' },
    { kind: 'text', name: 'representative.title', label: 'Representative on the team: title', hint: 'Such as “Deputy Director”.' },
    { kind: 'checkbox', name: 'leadsTeam', label: 'Leads the team that develops the protocol',
      hint: (law) => law.team ? `${citationAsSubject(law.team.citation)} requires that ${law.team.value.lead.name} lead the team.${advice(draft, agency.county)}` : '' },
    { kind: 'checkbox', name: 'tookPart', label: 'Took part in developing the protocol', hint: (law) => partnersHint(draft, law, agency.county) },
    { kind: 'checkbox', name: 'signs', label: 'Signs the MOU', hint: 'An agency may take part and decline to sign.' },
    { kind: 'text', name: 'signer.name', label: words('signer.name'), hint: 'Printed under the agency’s signature line.' },
    { kind: 'text', name: 'signer.title', label: words('signer.title'), hint: 'Such as “Director” or “Chief Probation Officer”.' },
  ];
}

/**
 * Where WIC 16524.8 does not bind this protocol (requirements/scope.ts), a hint that states one of
 * its requirements says whose it is, as the findings' notes do: else a companion protocol led by
 * probation would read that it must be led by human services.
 */
function advice(draft: Draft, county: string | null): string {
  const reason = notBoundReason(draft, county);
  if (reason === 'companion') return ' That is required of the county’s CSEC Program protocol; for this companion protocol it is advice only.';
  if (reason !== 'not-in-program') return '';
  // In a region whose other counties elected the program, this agency's county is the exception.
  return notBoundReason(draft) === null && county
    ? ` That is required of the protocol of a county that elects to receive CSEC Program funds; ${county} County has not, so for its agencies it is advice only.`
    : ' That is required of the protocol of a county that elects to receive CSEC Program funds; for this protocol it is advice only.';
}

/**
 * The partners the law names, and those this protocol may leave out because it was first developed
 * before the law added them (WIC 16524.8(c)): the findings call those recommended, so the hint does.
 */
export function partnersHint(draft: Draft, law: LawInForce, county: string | null = null): string {
  if (!law.team) return '';
  const named = `${citationAsSubject(law.team.citation)} requires that the team include representatives of ${listInWords(law.team.value.partners.map((p) => p.name))}.`;
  const optional = new Map<string, { since: string; citation: string; names: string[] }>();
  for (const { partner, optional: why } of partnerDuties(draft, law, CALIFORNIA)) {
    if (!why) continue;
    const key = `${why.since} ${why.citation}`;
    const group = optional.get(key) ?? { ...why, names: [] };
    group.names.push(partner.name);
    optional.set(key, group);
  }
  const recommended = [...optional.values()].map(({ since, citation, names }) =>
    ` This protocol was first developed before ${formatLongDate(since)}, so ${listInWords(names)} ${names.length === 1 ? 'is' : 'are'} recommended, not required (${citationInWords(citation)}).`);
  // Whose requirement it is, before what this protocol may leave out of it.
  return named + advice(draft, county) + recommended.join('');
}

/** One agency's questions, on a page of its own (UX.md: add to a list). */
export function AgencyPage({ agency, index, draft, law, onEdit }: StepProps & { agency: Agency; index: number }) {
  const at = `agencies.${index}`;
  const fields = agencyFields(draft, agency);
  const { form, resets } = useStepForm(schema, agency, (next) => {
    onEdit({ kind: 'update', list: 'agencies', id: agency.id, path: [], value: next });
  }, { at, questions: fields });
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form" data-testid="agency-page">
      {fields.map((spec) => (
        <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} />
      ))}
    </form>
  );
}

interface ListProps extends StepProps {
  onReplace: (draft: Draft) => void;
  /** Opens an agency's own page, focusing the first of `focus` that is there. */
  onItem: (id: string, options?: { focus?: string[] }) => void;
}

/**
 * The agencies on the protocol team, each in brief with Change (its own page), reordering and
 * Remove (with undo), then "Add an agency" (in a regional protocol, one for each county); and each
 * county's approval blocks.
 */
export function AgenciesStep({ draft, onEdit, onReplace, onItem }: ListProps) {
  const edits = useListEdits('agencies', draft, onEdit, onReplace, (id, focus) => onItem(id, { focus }));
  return (
    <>
      <p>
        List every agency on the team that develops the protocol: the lead, the partners {notBoundReason(draft) ? 'the law names for a county’s CSEC Program protocol' : 'the law requires'}, and
        any others. The MOU’s parties and signature blocks are built from this list.
      </p>
      <RemovedNotice removed={edits.removed} id={edits.noticeId} onUndo={edits.undo} />
      <MovedStatus moved={edits.moved} />
      <RecordList list="agencies" label="Agencies" empty="No agencies yet.">
        {draft.agencies.map((agency, index) => (
          <RecordSummary key={agency.id} testId="agency" summary={agencyInWords(draft, index)} list="agencies" id={agency.id} title={agencyName(draft, index)}
            index={index} count={draft.agencies.length} onChange={() => onItem(agency.id)} onMove={(to) => edits.move(agency.id, to)}
            onRemove={() => edits.remove(index)} />
        ))}
      </RecordList>
      {/* In a regional protocol an agency is added for a county, chosen on the button: a county
          given by default was easy to miss, and an agency counts toward its county's partners. */}
      {draft.counties.length > 1
        ? <div className="button-row">{draft.counties.map((county) => (
          <button key={county} type="button" className="usa-button usa-button--outline" onClick={() => edits.add({ county })}>Add an agency in {county} County</button>
        ))}</div>
        : <button type="button" className="usa-button" onClick={() => edits.add()}>{draft.agencies.length ? 'Add another agency' : 'Add an agency'}</button>}
      <CountyApprovals draft={draft} onEdit={onEdit} />
    </>
  );
}
