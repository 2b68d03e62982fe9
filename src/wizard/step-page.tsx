import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Draft, SectionKey } from '../model';
import { capitalise } from '../lib/words';
import { AgenciesStep, AgencyPage } from './agencies-step';
import { stepAnswers } from './answers';
import { BasicsStep, TermFields } from './basics-step';
import { ErrorSummary } from './error-summary';
import { ADD_TIER_ID, MdtTiers, TIER_PARTS, TierPage } from './mdt-step';
import { AgencyResponsibilities } from './roles-step';
import { SectionStep, type StepProps } from './section-step';
import { LeaveChecksContext, useNewLeaveChecks } from './leave-checks';
import { fieldId, STEP_LISTS, STEPS, stepTitle, type StepId } from './steps';
import { changeButtonId } from './record-list';
import { addedSectionAt, addedSectionName, addedSectionsOn, recordName, sectionItemAt } from './record-names';
import { AddedSectionPage, AddedSections, languageOfWords } from './added-sections';
import { itemChangeId } from './records-field';
import { useTiersAdded, type TiersAdded } from './tiers-added';
import { flushPendingEdits } from './pending-edits';
import { removalOf, RemovalHandover, removedNoticeId, type List, type Removed } from './use-list-edits';

interface Props extends StepProps {
  step: StepId;
  /**
   * The step's answers are shown, not asked: a reviewer reading a received draft, or anyone on a
   * draft whose text is certified final.
   */
  readOnly?: 'reviewing' | 'certified' | null;
  onGo: (step: StepId | 'review' | null) => void;
  onReplace: (draft: Draft) => void;
  /** The step was opened with Change from "Check your answers", which its first button returns to. */
  fromReview?: boolean;
  /** Set to what the step checks before the user leaves it, for the browser's Back and Forward. */
  leaving?: RefObject<((then?: () => void) => Promise<boolean>) | null>;
  /** The record of the step's list whose own page is shown (an agency), by its id; null for the step's page. */
  item?: string | null;
  /** The step (from 1) of adding that record, while it is being added (a tier); null for its own page. */
  part?: number | null;
  /**
   * Opens a record's page (or a step of adding it), or the step's page again (null), focusing the
   * first of `focus` there; `said` is announced there, when focus alone would not say what happened.
   */
  onItem?: (id: string | null, options?: ItemOptions) => void;
}

/** How a record's page is opened: what takes focus and is said there, and whether as the step before of its adding (`previous`, as Back). */
export interface ItemOptions {
  focus?: string[];
  part?: number;
  said?: string;
  previous?: boolean;
}

/** The step of adding the tier `id` that `part` names; null once it is finished adding (tiers-added.ts). */
const addingPart = (id: string, part: number | null, finished: TiersAdded) => (part !== null && part >= 1 && part <= TIER_PARTS.length && !finished.has(id) ? part : null);

/** What a record's own Remove button calls it. */
const REMOVE_WORDS: Record<List, string> = { agencies: 'Remove this agency', mdtTiers: 'Remove this tier', customSections: 'Remove this section' };

/** The way from a record's page back to the list it is on. */
const RETURN_WORDS = { agencies: 'Return to the list of agencies', mdtTiers: 'Return to the list of tiers' } as const;

const SECTION_COUNT = STEPS.filter((s) => s.number !== null).length;

/**
 * What a record's own page is, for the window's title: "Agency 3 of 6", "Adding a tier: step 2 of
 * 3", "Term 1 of 4", "Added section 1 of 2" (of those after this section); null on a step's own
 * page. Told apart by place, not by the record's name, which may hold the county, and which a
 * browser may sync with its history.
 */
export function itemPageName(draft: Draft, step: StepId, item: string | null, part: number | null, finished: TiersAdded): string | null {
  if (item === null) return null;
  const list = STEP_LISTS[step];
  const at = list ? draft[list].findIndex((r) => r.id === item) : -1;
  if (list && at >= 0) {
    if (list === 'agencies') return `Agency ${at + 1} of ${draft.agencies.length}`;
    return addingPart(item, part, finished) !== null ? `Adding a tier: step ${part} of ${TIER_PARTS.length}` : `MDT tier ${at + 1} of ${draft.mdtTiers.length}`;
  }
  const sectionItem = sectionItemAt(draft, step, item);
  if (sectionItem) {
    const items = (draft.sections[step as SectionKey] as Record<string, unknown>)[sectionItem.spec.name] as unknown[];
    return `${capitalise(sectionItem.spec.noun)} ${sectionItem.index + 1} of ${items.length}`;
  }
  const added = addedSectionsOn(draft, step);
  const place = added.findIndex(({ section }) => section.id === item);
  return place >= 0 ? `Added section ${place + 1} of ${added.length}` : null;
}

/** One step of the wizard: where it sits among the others, its questions, and the way on. */
export function StepPage({ step, onGo, onReplace, readOnly = null, fromReview = false, leaving, item = null, part = null, onItem = () => {}, ...props }: Props) {
  const index = STEPS.findIndex((s) => s.id === step);
  // A record's own page, while the record is there: one removed, or an address naming none, shows the list.
  const list = STEP_LISTS[step];
  const recordIndex = !readOnly && list && item ? props.draft[list].findIndex((r) => r.id === item) : -1;
  const record = list && recordIndex >= 0 ? props.draft[list][recordIndex]! : null;
  // Only a tier is added in steps.
  const tiersAdded = useTiersAdded();
  const adding = record && step === 'mdt' ? addingPart(record.id, part, tiersAdded) : null;
  useEffect(() => {
    if (record && adding !== null) tiersAdded.reached(record.id, adding);
  }, [record?.id, adding, tiersAdded]);
  // Or an item of a list inside the section (a term, a service), by its place.
  const sectionItem = !readOnly && !record ? sectionItemAt(props.draft, step, item) : null;
  // Or a section the committee added after this one.
  const addedIndex = !readOnly && !record && !sectionItem ? addedSectionAt(props.draft, step, item) : -1;
  const added = addedIndex >= 0 ? props.draft.customSections[addedIndex]! : null;
  const current = STEPS[index]!;
  const itemTitle = list && record ? recordName(props.draft, list, recordIndex) : sectionItem?.title ?? (added ? addedSectionName(props.draft, addedIndex) : null);
  // Back to the list: its words, and the item's Change button there.
  const back = list && record ? { words: RETURN_WORDS[list], focus: changeButtonId(list, record.id) }
    : sectionItem ? { words: `Return to the list of ${sectionItem.spec.noun}s`, focus: itemChangeId(fieldId(`sections.${step}.${sectionItem.spec.name}`), sectionItem.index) }
    : added ? { words: `Return to ${stepTitle(current)}`, focus: changeButtonId('customSections', added.id) } : null;
  // A record removed on its own page: its list shows the notice, with Undo, once it opens.
  const [handed, hand] = useState<Removed | null>(null);
  const handover = useMemo(() => ({ handed, hand }), [handed]);
  // What was typed a moment before reaches the draft first; the removal is made on that draft, in
  // the effect below, so that Undo puts the record back with it.
  const [removing, setRemoving] = useState<{ list: List; id: string } | null>(null);
  const removable = list && record && adding === null ? { list, id: record.id } : added ? { list: 'customSections' as const, id: added.id } : null;
  useEffect(() => {
    if (!removing) return;
    setRemoving(null);
    const removal = removalOf(props.draft, removing.list, props.draft[removing.list].findIndex((r) => r.id === removing.id));
    if (!removal) return;
    props.onEdit({ kind: 'remove', list: removal.list, id: removal.record.id });
    hand(removal);
    onItem(null, { focus: [removedNoticeId(removal.list)] });
  }, [removing, props, onItem]);
  const removeButton = removable && (
    <p className="record-page__remove">
      <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
        flushPendingEdits();
        setRemoving(removable);
      }}>{REMOVE_WORDS[removable.list]}</button>
    </p>
  );
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const heading = useRef<HTMLHeadingElement>(null);
  // The editor's, which the comments beside the step add to; a step shown alone makes its own.
  const own = useNewLeaveChecks();
  const checks = useContext(LeaveChecksContext) ?? own;

  // Every form on the step checks its answers; when one fails, the step's error summary takes focus.
  // Back, Forward and "All protocols" give `then`, where "Leave this page without these answers" goes.
  const canLeave = useCallback((then?: () => void) => checks.run(then), [checks]);
  // A button's way out: checked, and kept for "Leave this page without these answers" when the check fails.
  const leave = async (then: () => void) => {
    if (await checks.run(then)) then();
  };
  const { errors, attempts, canLeaveAnyway } = useSyncExternalStore(checks.subscribe, checks.errors);
  const go = (target: StepId | 'review' | null) => leave(() => onGo(target));
  const footer = (
    <nav className="step-nav" aria-label="Move between steps">
      <LeaveWith check={canLeave} into={leaving} />
      {fromReview && <button type="button" className="usa-button" onClick={() => go('review')}>Return to check your answers</button>}
      {previous && <button type="button" className="usa-button usa-button--outline" onClick={() => go(previous.id)}>Previous: {stepTitle(previous)}</button>}
      {next ? <button type="button" className={`usa-button${fromReview ? ' usa-button--outline' : ''}`} onClick={() => go(next.id)}>Next: {stepTitle(next)}</button>
        : !fromReview && <button type="button" className="usa-button" onClick={() => go('review')}>Check your answers</button>}
      <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => go(null)}>Back to the task list</button>
    </nav>
  );

  const toPart = (to: number) => async () => {
    if (record) await leave(() => onItem(record.id, { part: to, previous: to < (adding ?? 0) }));
  };
  const itemFooter = back && (
    <nav className="step-nav" aria-label="Move between steps">
      <LeaveWith check={canLeave} into={leaving} />
      {fromReview && <button type="button" className="usa-button" onClick={() => go('review')}>Return to check your answers</button>}
      {adding !== null && adding > 1 && <button type="button" className="usa-button usa-button--outline" onClick={toPart(adding - 1)}>Previous step</button>}
      {adding !== null && adding < TIER_PARTS.length ? <button type="button" className="usa-button" onClick={toPart(adding + 1)}>Continue</button> : (
        <button type="button" className={`usa-button${fromReview ? ' usa-button--outline' : ''}`} onClick={async () => {
          await leave(() => {
            // From its last step, or from its own page after its adding stopped short: finished.
            if (record && step === 'mdt') tiersAdded.add(record.id);
            onItem(null, { focus: [back.focus] });
          });
        }}>{back.words}</button>
      )}
      {adding !== null && record && <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
        // The tier being added is dropped, whatever of it was answered: the list is as it was.
        props.onEdit({ kind: 'remove', list: 'mdtTiers', id: record.id });
        onItem(null, { focus: [ADD_TIER_ID], said: 'The tier was not added.' });
      }}>Cancel, and do not add this tier</button>}
      <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => go(null)}>Back to the task list</button>
    </nav>
  );

  let body;
  if (record && step === 'agencies') body = <><AgencyPage key={record.id} agency={props.draft.agencies[recordIndex]!} index={recordIndex} {...props} />{removeButton}{itemFooter}</>;
  else if (record && step === 'mdt') body = <><TierPage key={`${record.id}-${adding}`} tier={props.draft.mdtTiers[recordIndex]!} index={recordIndex} part={adding} {...props} />{removeButton}{itemFooter}</>;
  else if (added) body = <><AddedSectionPage key={added.id} section={added} index={addedIndex} {...props} />{removeButton}{itemFooter}</>;
  else if (readOnly) body = <><StepAnswers draft={props.draft} step={step} why={readOnly} />{footer}</>;
  else if (step === 'basics') body = <><BasicsStep {...props} />{footer}</>;
  else if (step === 'agencies') body = <><AgenciesStep {...props} onReplace={onReplace} onItem={onItem} />{footer}</>;
  else {
    const extra = step === 'mdt' ? <MdtTiers {...props} onReplace={onReplace} onItem={onItem} /> : step === 'roles' ? <AgencyResponsibilities {...props} /> : step === 'administration' ? <TermFields {...props} /> : null;
    body = (
      <SectionStep key={step} sectionKey={step} {...props} footer={sectionItem ? itemFooter : footer} item={sectionItem}
        added={<AddedSections step={step} {...props} onReplace={onReplace} onItem={onItem} />}
        onItem={(to, focus) => onItem(to, { focus })}>{extra}</SectionStep>
    );
  }

  // A new step is a new page: focus its heading, as a page load would put the reader at the top.
  useEffect(() => {
    heading.current?.focus();
  }, [step, record?.id, adding, sectionItem?.index, sectionItem?.spec.name, added?.id]);

  return (
    <section className="panel step" aria-labelledby="step-heading" data-testid="step">
      {/* Where the page sits, as a caption (UX.md: a step indicator belongs only to a linear sub-flow; the task list is the draft's home). */}
      <p className="step__caption" id="step-caption" data-testid="step-caption">{adding !== null ? `Adding a tier: step ${adding} of ${TIER_PARTS.length}` : itemTitle !== null ? stepTitle(current) : current.number === null ? 'Setting up the protocol' : `Section ${current.number} of ${SECTION_COUNT}`}</p>
      <h2 id="step-heading" ref={heading} tabIndex={-1} aria-describedby="step-caption" lang={added && adding === null ? languageOfWords(added)?.title : undefined}>{adding !== null ? TIER_PARTS[adding - 1]!.title : itemTitle ?? stepTitle(current)}</h2>
      {!readOnly && attempts > 0 && <ErrorSummary errors={errors} attempts={attempts} onLeaveAnyway={canLeaveAnyway ? () => checks.leaveAnyway() : undefined} />}
      <LeaveChecksContext.Provider value={checks}><RemovalHandover.Provider value={handover}>{body}</RemovalHandover.Provider></LeaveChecksContext.Provider>
    </section>
  );
}

/** Hands the step's check to the editor while the step is shown: Back and Forward run it too. */
function LeaveWith({ check, into }: { check: (then?: () => void) => Promise<boolean>; into: RefObject<((then?: () => void) => Promise<boolean>) | null> | undefined }) {
  useEffect(() => {
    if (!into) return undefined;
    into.current = check;
    return () => {
      if (into.current === check) into.current = null;
    };
  }, [check, into]);
  return null;
}

const READ_ONLY_WORDS: Record<'reviewing' | 'certified', string> = {
  reviewing: 'You are reviewing this draft: its answers are shown as the committee gave them. Comment on them below.',
  certified: 'The text is certified final, so its answers are shown and cannot be changed. To change them, start a new version under “Certified final” on the task list; the certified version stays among the earlier versions.',
};

/** A step's answers, read-only and in full. */
function StepAnswers({ draft, step, why }: { draft: Draft; step: StepId; why: 'reviewing' | 'certified' }) {
  return (
    <>
      <p className="usa-hint" data-testid={`read-only-${why}`}>{READ_ONLY_WORDS[why]}</p>
      <dl className="summary-list summary-list--full" data-testid="step-answers">
        {stepAnswers(draft, step, { full: true }).map(({ question, answer, field, lang }, index) => (
          <div key={`${field}-${index}`} className="summary-list__row">
            <dt>{question}</dt>
            <dd lang={lang}>{answer}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
