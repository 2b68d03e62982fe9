import type { ZodType } from 'zod';
import { AGENCY_ROLES, agencySchema, ROLE_LABELS, type Agency, type Draft } from '../model';
import { listInWords } from '../lib/words';
import { citationInWords } from '../requirements';
import { Field } from './fields';
import type { StepProps } from './section-step';
import { AGENCY_FIELD_WORDS, type FieldSpec } from './section-fields';
import { RecordActions, RecordList } from './record-list';
import { CountyApprovals } from './county-approvals';
import { RemovedNotice } from './removed-notice';
import { useListEdits } from './use-list-edits';
import { useStepForm } from './use-step-form';

const schema = agencySchema as unknown as ZodType<Agency>;

const words = (field: string) => AGENCY_FIELD_WORDS[field]!.charAt(0).toUpperCase() + AGENCY_FIELD_WORDS[field]!.slice(1);

function agencyFields(draft: Draft, agency: Agency): FieldSpec[] {
  const counties = draft.counties.includes(agency.county) ? draft.counties : [...draft.counties, agency.county];
  return [
    { kind: 'text', name: 'name', label: 'Agency name', hint: 'As it should appear in the MOU, such as “Napa County Probation Department”.' },
    ...(counties.length > 1 ? [{ kind: 'radios', name: 'county', label: 'County it serves', hint: 'Each county of a regional protocol must have its own partners.', options: counties.map((c) => [c, `${c} County`] as const) } as const] : []),
    { kind: 'choices', name: 'roles', label: 'Its roles on the protocol team', hint: 'One agency may fill several roles, such as a health department that is both mental health and public health.',
      options: AGENCY_ROLES.map((role) => [role, ROLE_LABELS[role]] as const) },
    { kind: 'text', name: 'representative.name', label: 'Representative on the team: name', hint: 'Who speaks for the agency on the team.' },
    { kind: 'text', name: 'representative.title', label: 'Representative on the team: title', hint: 'Such as “Deputy Director”.' },
    { kind: 'checkbox', name: 'leadsTeam', label: 'Leads the team that develops the protocol',
      hint: (law) => law.team ? `${citationInWords(law.team.citation)} asks that ${law.team.value.lead.name} lead the team.` : '' },
    { kind: 'checkbox', name: 'tookPart', label: 'Took part in developing the protocol',
      hint: (law) => law.team ? `${citationInWords(law.team.citation)} names the partners that take part: ${listInWords(law.team.value.partners.map((p) => p.name))}.` : '' },
    { kind: 'checkbox', name: 'signs', label: 'Signs the MOU', hint: 'An agency may take part and decline to sign.' },
    { kind: 'text', name: 'signer.name', label: words('signer.name'), hint: 'Printed under the agency’s signature line.' },
    { kind: 'text', name: 'signer.title', label: words('signer.title'), hint: 'Such as “Director” or “Chief Probation Officer”.' },
  ];
}

interface CardProps extends StepProps {
  agency: Agency;
  index: number;
  onMove: (to: number) => void;
  onRemove: (latest: Agency | null) => void;
}

function AgencyCard({ agency, index, draft, law, onEdit, onMove, onRemove }: CardProps) {
  const at = `agencies.${index}`;
  const fields = agencyFields(draft, agency);
  const { form, resets, latest } = useStepForm(schema, agency, (next) => {
    onEdit({ kind: 'update', list: 'agencies', id: agency.id, path: [], value: next });
  }, { at, questions: fields });
  const title = agency.name.trim() || `Agency ${index + 1}`;
  return (
    <li className="record" data-testid="agency">
      <fieldset className="record__fields">
        <legend className="record__title"><h3>{title}</h3></legend>
        {fields.map((spec) => (
          <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} />
        ))}
      </fieldset>
      <RecordActions list="agencies" id={agency.id} title={title} index={index} count={draft.agencies.length} onMove={onMove} onRemove={() => onRemove(latest())} />
    </li>
  );
}

/** The agencies on the protocol team: add, edit, reorder and remove (with undo), one card each. */
export function AgenciesStep({ draft, law, onEdit, onReplace }: StepProps & { onReplace: (draft: Draft) => void }) {
  const edits = useListEdits('agencies', draft, onEdit, onReplace);
  return (
    <>
      <p>
        List every agency on the team that develops the protocol: the lead, the partners the law requires, and any
        others. The MOU’s parties and signature blocks are built from this list.
      </p>
      <RemovedNotice removed={edits.removed} id={edits.noticeId} onUndo={edits.undo} />
      <RecordList list="agencies" label="Agencies" empty="No agencies yet.">
        {draft.agencies.map((agency, index) => (
          <AgencyCard key={agency.id} agency={agency} index={index} draft={draft} law={law} onEdit={onEdit}
            onMove={(to) => edits.move(agency.id, to)}
            onRemove={(latest) => edits.remove(index, agency.name.trim() || `Agency ${index + 1}`, latest)} />
        ))}
      </RecordList>
      <button type="button" className="usa-button" onClick={edits.add}>Add an agency</button>
      <CountyApprovals draft={draft} onEdit={onEdit} />
    </>
  );
}
