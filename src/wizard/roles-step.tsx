import { ROLE_LABELS, agencySchema, type Agency } from '../model';
import { Field } from './fields';
import { SUGGESTED_DUTIES } from './model-language';
import type { StepProps } from './section-step';
import { fieldId } from './steps';
import { useStepForm } from './use-step-form';

const dutiesSchema = agencySchema.pick({ responsibilities: true });

function AgencyDuties({ agency, index, law, onEdit }: StepProps & { agency: Agency; index: number }) {
  const { form, resets } = useStepForm(dutiesSchema, { responsibilities: agency.responsibilities },
    (next) => onEdit({ kind: 'update', list: 'agencies', id: agency.id, path: ['responsibilities'], value: next.responsibilities }), { at: `agencies.${index}` });
  const name = agency.name.trim() || `Agency ${index + 1}`;
  const suggestions = agency.roles.map((role) => ({ role, text: SUGGESTED_DUTIES[role] }));
  const insert = (text: string) => {
    const current = form.getValues('responsibilities').trim();
    form.setValue('responsibilities', current ? `${current}\n\n${text}` : text, { shouldDirty: true });
    document.getElementById(fieldId(`agencies.${index}.responsibilities`))?.focus();
  };
  return (
    <li className="record">
      <h3>{name}</h3>
      {suggestions.length > 0 && (
        <div className="suggestions">
          <p className="model-language__text">Suggested duties for its roles: insert one, then edit it.</p>
          <ul>
            {suggestions.map(({ role, text }) => (
              <li key={role}>
                <span className="suggestions__role">{ROLE_LABELS[role]}:</span> {text}{' '}
                <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => insert(text)} aria-label={`Insert the suggested duties of the ${ROLE_LABELS[role].toLowerCase()} for ${name}`}>
                  Insert
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field spec={{ kind: 'textarea', name: 'responsibilities', label: `Roles and responsibilities of ${name}` }} form={form} at={`agencies.${index}`} law={law} resets={resets} />
    </li>
  );
}

/** Section 9: one subsection per agency, each with suggested duties for its roles. */
export function AgencyResponsibilities({ draft, law, onEdit }: StepProps) {
  if (draft.agencies.length === 0) return <p className="usa-hint">Add the agencies first: each one gets its own part of this section.</p>;
  return (
    <ol className="records" aria-label="Each agency’s responsibilities">
      {draft.agencies.map((agency, index) => (
        <AgencyDuties key={agency.id} agency={agency} index={index} draft={draft} law={law} onEdit={onEdit} />
      ))}
    </ol>
  );
}
