import { useState, type ReactNode } from 'react';
import { CALIFORNIA_COUNTIES, type County } from '../model';
import { CHOOSE_A_COUNTY } from './basics-schema';
import { RemovedNotice } from './removed-notice';
import { useCountyRemoval } from './use-county-removal';

/**
 * The counties a protocol covers, chosen one at a time from a list, for the start page and
 * Protocol basics alike. `set` takes the whole list, so that what follows the counties (a title
 * made from them, the form's validation) follows every change. `listId` is the select's id; the
 * removed-county notice and the "choose a county" message take ids made from it.
 */
export function useCountyChooser(counties: readonly County[], set: (next: County[]) => void, listId: string) {
  const [choice, setChoice] = useState('');
  const [nothingChosen, setNothingChosen] = useState(false);
  // Focus stays on "Add county", ready for the next: what it did is said politely instead.
  const [added, setAdded] = useState('');
  // A county removed by mistake comes back with Undo, in its place.
  const removal = useCountyRemoval(counties, set, { noticeId: `${listId}-removed`, listId });
  /** Adds the county chosen in the list, if any and not there already. */
  const take = () => {
    if (choice && !counties.includes(choice as County)) {
      set([...counties, choice as County]);
      setAdded(`${choice} County added: ${counties.length + 1} ${counties.length === 0 ? 'county' : 'counties'} chosen.`);
    }
    setChoice('');
  };
  return {
    counties,
    listId,
    choice,
    removal,
    added,
    /** Removes a county; its notice, which takes focus, says so instead of the last addition. */
    remove(county: County) {
      setAdded('');
      removal.remove(county);
    },
    nothingChosen,
    chooseMessageId: `${listId}-choose`,
    take,
    choose(value: string) {
      setChoice(value);
      setNothingChosen(false);
      setAdded('');
    },
    /** "Add county": with nothing chosen, it says so at the list rather than do nothing. */
    add() {
      if (choice) return take();
      setNothingChosen(true);
      document.getElementById(listId)?.focus();
    },
  };
}

export type CountyChooserState = ReturnType<typeof useCountyChooser>;

interface Props {
  chooser: CountyChooserState;
  /** The list's own label, for screen readers; the fieldset's legend says the rest. */
  selectLabel: string;
  /** The chosen counties' test id. */
  testId: string;
  /** Ids of the fieldset's hint and error, which describe the list too. */
  describedBy?: (string | false | undefined)[];
  invalid?: boolean;
  /** Shown while no county is chosen. */
  empty?: ReactNode;
}

/** The removed-county notice, the chosen counties with Remove, and the list with "Add county"; inside the caller's fieldset. */
export function CountyChooser({ chooser, selectLabel, testId, describedBy = [], invalid = false, empty = null }: Props) {
  const { counties, listId, removal, nothingChosen, chooseMessageId, added } = chooser;
  const described = [...describedBy, nothingChosen && chooseMessageId].filter(Boolean).join(' ');
  return (
    <>
      {nothingChosen && <span className="usa-error-message" id={chooseMessageId}>{CHOOSE_A_COUNTY}</span>}
      <RemovedNotice removed={removal.removed} id={removal.noticeId} onUndo={removal.undo} />
      {counties.length > 0 ? (
        <ul className="chosen" data-testid={testId}>
          {counties.map((county) => (
            <li key={county}>
              {county} County{' '}
              <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => chooser.remove(county)} aria-label={`Remove ${county} County`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : empty}
      <label htmlFor={listId} className="usa-sr-only">{selectLabel}</label>
      <div className="chooser__row">
        <select className="usa-select" id={listId} value={chooser.choice} onChange={(e) => chooser.choose(e.currentTarget.value)}
          aria-describedby={described || undefined} aria-invalid={invalid || nothingChosen ? true : undefined}>
          <option value="">Choose a county</option>
          {CALIFORNIA_COUNTIES.filter((c) => !counties.includes(c)).map((county) => <option key={county} value={county}>{county}</option>)}
        </select>
        <button type="button" className="usa-button usa-button--outline" onClick={chooser.add}>Add county</button>
      </div>
      {/* Empty until a county is added, and emptied when the next is chosen or one is removed (whose notice speaks instead). */}
      <p className="usa-sr-only" role="status" data-testid={`${testId}-added`}>{added}</p>
    </>
  );
}
