import type { County, CountyApproval, Draft, DraftEdit } from '../model';

interface Props {
  draft: Draft;
  onEdit: (edit: DraftEdit) => void;
}

type Choice = 'countyCounsel' | 'boardOfSupervisors';

/** The id of a county's checkbox, for focus from a change link. */
export const approvalFieldId = (county: string, key: Choice = 'countyCounsel') => `approval-${county.replace(/\W+/g, '-').toLowerCase()}-${key}`;

const CHOICES: Array<{ key: Choice; label: string }> = [
  { key: 'countyCounsel', label: '“Approved as to form” by County Counsel' },
  { key: 'boardOfSupervisors', label: 'The Board of Supervisors: the chair’s signature and the clerk’s attestation' },
];

/** Each county's own approval blocks on the signature pages: a county practice, not a requirement of the law. */
export function CountyApprovals({ draft, onEdit }: Props) {
  if (draft.counties.length === 0) return null;
  const current = (county: County): CountyApproval =>
    draft.countyApprovals.find((a) => a.county === county) ?? { county, countyCounsel: false, boardOfSupervisors: false };
  const choose = (county: County, key: Choice, on: boolean) => {
    const next = draft.counties.map((c) => (c === county ? { ...current(c), [key]: on } : current(c)))
      .filter((a) => a.countyCounsel || a.boardOfSupervisors);
    onEdit({ kind: 'set', path: ['countyApprovals'], value: next });
  };
  return (
    <section className="panel approvals" aria-labelledby="approvals-heading">
      <h3 id="approvals-heading">County approvals on the signature pages</h3>
      <p className="usa-hint">
        Many county agreements are approved as to form by County Counsel or signed for the Board of Supervisors.
        SB 855 does not ask for either; add the blocks your county uses.
      </p>
      {draft.counties.map((county) => (
        <fieldset key={county} className="usa-fieldset approvals__county">
          <legend className="usa-legend">{county} County</legend>
          {CHOICES.map(({ key, label }) => {
            const id = approvalFieldId(county, key);
            return (
              <div className="usa-checkbox" key={key}>
                <input className="usa-checkbox__input" type="checkbox" id={id} checked={current(county)[key]}
                  onChange={(event) => choose(county, key, event.currentTarget.checked)} />
                <label className="usa-checkbox__label" htmlFor={id}>{label}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
