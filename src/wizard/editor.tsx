import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeCounties, describeProtocolKind, type Draft, type DraftEdit } from '../model';
import { checkDraft, type Finding, type LawInForce } from '../requirements';
import { formatLongDate } from '../lib/dates';
import { compareDrafts } from '../review/compare';
import { CommentsPanel, NEW_COMMENT_ID } from './comments-panel';
import type { PacketState } from './certify-panel';
import { ComparisonView } from './comparison-view';
import { FindingsPanel, type FinalPdfCheck } from './findings-panel';
import { placeInWords, type FixPlace } from './places';
import { LeaveChecksContext, useNewLeaveChecks } from './leave-checks';
import { itemPageName, StepPage, type ItemOptions } from './step-page';
import { ListMovedContext } from './records-field';
import { useTiersAdded } from './tiers-added';
import { usePageTitle } from './page-title';
import { fieldCandidates, recordOfFinding, STEPS, stepOfFinding, stepTitle, type StepId } from './steps';
import { Review } from './review';
import { TaskList } from './task-list';
import { titleOrUntitled } from './record-names';
import { NO_HISTORY, type EditorPage, type PageHistory } from './page-history';
import { LOAD_STATUS_ID } from './load-messages';

export interface SaveProblemWords {
  heading: string;
  text: string;
  /** This tab has stopped saving for good: the way on is to save a file and reload. */
  stopped: boolean;
  /** Another tab asked for the draft, and this tab kept it: why. */
  asked?: string;
}

interface Props {
  draft: Draft;
  findings: readonly Finding[];
  law: LawInForce;
  /** Today's date, recorded with an acknowledgement. */
  today: string;
  /** Where the draft came from, as a line under its title ("Started in this browser"). */
  source: string;
  saved: ReactNode;
  /** Why the last save to this browser failed, until one succeeds again (or, once stopped, until a reload). */
  saveProblem?: SaveProblemWords | null;
  onEdit: (edits: DraftEdit | DraftEdit[]) => void;
  onReplace: (draft: Draft) => void;
  onSave: () => void;
  onClose: () => void;
  /** Shown under the task list: review and export, given the way to open a finding's field. */
  children?: (fix: (place: FixPlace) => void, placeOf: (place: FixPlace) => string) => ReactNode;
  /** Whether the final PDF can print the text, as far as checked: the findings say so when nothing else stops a final export. */
  finalPdf?: FinalPdfCheck;
  /** While set, the page shows what changed from `before` (an earlier version, a file) to the open draft. */
  comparing?: Comparing | null;
  /** Reviewing a draft received from a committee: every step is read-only, and comments and verdicts are added. */
  reviewing?: boolean;
  history?: PageHistory;
}

export interface Comparing {
  before: Draft;
  /** "the version of 10:42 this morning", "the file napa.csecmou.json". */
  older: string;
  onBack: () => void;
  /** For a file: whether it is the later of the two, and the way to say so (the changes then run from the open draft to it). */
  fileIsNewer?: { newer: boolean; onChange: (newer: boolean) => void };
  /** Downloads the redline Word file, and where that stands. */
  onRedline?: () => void;
  redline?: PacketState;
}

/**
 * The comparison, computed again only when the draft or what it is compared with changes. The
 * open draft's findings are the store's, already checked; the older draft is checked once.
 */
function Compared({ comparing, draft, findings, today, reviewing }: { comparing: Comparing; draft: Draft; findings: readonly Finding[]; today: string; reviewing: boolean }) {
  const before = useMemo(() => checkDraft(comparing.before, { today }), [comparing.before, today]);
  const reversed = comparing.fileIsNewer?.newer === true;
  const comparison = useMemo(() => (reversed
    ? compareDrafts(draft, comparing.before, today, { before: findings, after: before })
    : compareDrafts(comparing.before, draft, today, { before, after: findings })), [comparing.before, draft, today, before, findings, reversed]);
  return <ComparisonView comparison={comparison} older={comparing.older} fileIsNewer={comparing.fileIsNewer} onBack={comparing.onBack} onRedline={comparing.onRedline} redline={comparing.redline ?? null} reviewing={reviewing} />;
}

/** An open protocol: its task list or one of its steps, with what the law still requires beside it. */
export function Editor({ draft, findings, law, today, source, saved, saveProblem = null, finalPdf, onEdit, onReplace, onSave, onClose, children, comparing = null, reviewing = false, history = NO_HISTORY }: Props) {
  const [opening] = useState(history.initial);
  const [step, setStep] = useState<EditorPage>(opening.page);
  const [item, setItem] = useState<string | null>(opening.item ?? null);
  const [part, setPart] = useState<number | null>(opening.part ?? null);
  const [focus, setFocus] = useState<{ ids: string[] } | null>(null);
  // What the step on the page checks before the user leaves it (step-page.tsx sets it).
  const leaving = useRef<((then?: () => void) => Promise<boolean>) | null>(null);
  const leaveChecks = useNewLeaveChecks();
  const tiersAdded = useTiersAdded();

  // An opened protocol is a new page: focus goes to its title (UX.md: focus goes where the eye
  // goes), or, opened again at a page (a reload, Back), to that page's heading.
  useEffect(() => {
    document.getElementById(step === null ? 'draft-title' : step === 'review' ? 'review-heading' : 'step-heading')?.focus();
    // Once, when the protocol opens: `step` is the page it opened at.
  }, []);

  // After a fix link, the exact field takes focus once its step is on the page.
  useEffect(() => {
    if (!focus) return;
    const target = focus.ids.map((id) => document.getElementById(id)).find((el) => el !== null);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
    setFocus(null);
  }, [focus, step, item, part]);

  // A step opened with Change from "Check your answers" offers the way back there (UX.md).
  const [fromReview, setFromReview] = useState(opening.fromReview === true);
  // What a move within a step did that focus alone does not say ("The tier was not added."), until the next move.
  const [itemSaid, setItemSaid] = useState('');
  // A reviewer's Comment on the page of every answer: the step's new comment is about that answer.
  const [commentOn, setCommentOn] = useState<{ field: string; item: string | null } | null>(null);
  const moveTo = (target: EditorPage, { fromReview: back = false, item: record = null, part: adding = null, previous = false }: { fromReview?: boolean; item?: string | null; part?: number | null; previous?: boolean } = {}) => {
    setItemSaid('');
    setCommentOn(null);
    setStep(target);
    setItem(record);
    setPart(record ? adding : null);
    history.moved({ page: target, ...(back ? { fromReview: true } : {}), ...(record ? { item: record } : {}), ...(record && adding ? { part: adding } : {}) }, previous ? 'previous' : undefined);
  };
  // The Change button on "Check your answers" that opened the step shown: coming back, focus
  // returns to it, not to the top of a page of some hundred answers.
  const changedFrom = useRef<string | null>(null);
  const fix = (finding: FixPlace) => {
    changedFrom.current = null;
    comparing?.onBack();
    moveTo(stepOfFinding(finding), { item: recordOfFinding(finding, draft) });
    setFromReview(false);
    setFocus({ ids: [...fieldCandidates(finding), 'step-heading'] });
  };
  const placeOf = (place: FixPlace) => placeInWords(place, draft);
  const show = (target: EditorPage) => {
    setFromReview(false);
    if (target === null) setFocus({ ids: ['tasks-heading'] });
    if (target === 'review') setFocus({ ids: [...(changedFrom.current ? [changedFrom.current] : []), 'review-heading'] });
    changedFrom.current = null;
  };
  const go = (target: EditorPage) => {
    moveTo(target);
    show(target);
  };
  // A record's own page on the step shown (or a step of adding it), or the step's list again
  // (null), focusing the first of `focus` there.
  const openItem = (record: string | null, { focus: ids = [], part: adding, said = '', previous = false }: ItemOptions = {}) => {
    if (step === null || step === 'review') return;
    moveTo(step, { item: record, part: adding ?? null, previous });
    setItemSaid(said);
    setFromReview(false);
    changedFrom.current = null;
    if (ids.length) setFocus({ ids: [...ids, 'step-heading'] });
  };
  const change = (target: StepId, fields: string[], record: string | null = null, from: string | null = null) => {
    changedFrom.current = from;
    moveTo(target, { fromReview: true, item: record });
    setFromReview(true);
    // A reviewer changes no answer: focus goes to the box for a comment on it.
    setCommentOn(reviewing && fields[0] ? { field: fields[0], item: record } : null);
    setFocus({ ids: [...(reviewing ? [NEW_COMMENT_ID] : fields), 'step-heading'] });
  };
  // The window's title names the page, for the browser's history and a screen reader's first
  // words; not the draft's title or counties, which a browser may sync to its account.
  const pageName = comparing ? 'What changed'
    : step === null ? (reviewing ? 'Review the protocol' : 'Write the protocol')
    : step === 'review' ? (reviewing ? 'Every answer, and the MOU' : 'Check your answers')
    : [itemPageName(draft, step, reviewing || draft.certification ? null : item, part ?? null, tiersAdded), stepTitle(STEPS.find((s) => s.id === step)!)].filter(Boolean).join(' – ');
  usePageTitle(pageName);
  // Back and Forward: a step with a value the draft cannot take stops the user, as its buttons do.
  const onBack = comparing?.onBack;
  useEffect(() => history.listen({
    canLeave: async (then) => !leaving.current || await leaving.current(then),
    show: (target) => {
      onBack?.();
      setStep(target.page);
      setItem(target.item ?? null);
      setPart(target.part ?? null);
      show(target.page);
      setFromReview(target.fromReview === true);
    },
  }), [history, onBack]);

  return (
    <div className="editor">
      <header className="editor__header">
        <div className="editor__heading">
          <h1 id="draft-title" tabIndex={-1} aria-describedby={LOAD_STATUS_ID}>{titleOrUntitled(draft.title)}</h1>
          <p className="editor__counties">{describeCounties(draft.counties)}</p>
          <p className="editor__meta">{describeProtocolKind(draft)} · {source}</p>
          <p className="editor__saved" data-testid="saved-status">{saved}</p>
          {reviewing && (
            <p className="editor__locked" data-testid="reviewing-status">
              <span className="usa-tag">Reviewing</span> The committee’s answers cannot be changed here. Comment on each section, give your verdict, then save your review file and send it to the committee.
            </p>
          )}
          {draft.certification && (
            <p className="editor__locked" data-testid="locked-status">
              <span className="usa-tag">Certified final</span> by {draft.certification.by} on {formatLongDate(draft.certification.on)}: the text is locked.
            </p>
          )}
        </div>
        <div className="editor__actions">
          <button type="button" className="usa-button usa-button--outline" onClick={onSave}>{reviewing ? 'Save your review file' : 'Save a copy of this draft'}</button>
          <button type="button" className="usa-button usa-button--outline" onClick={onClose}>All protocols</button>
        </div>
      </header>
      {saveProblem && (
        <div className="usa-alert usa-alert--error" role="alert" data-testid="save-problem">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{saveProblem.heading}</h2>
            <p className="usa-alert__text">{saveProblem.text}</p>
            {saveProblem.asked && <p className="usa-alert__text save-problem__asked" data-testid="kept-from-other-tab">{saveProblem.asked}</p>}
            <div className="save-problem__actions">
              <button type="button" className="usa-button" onClick={onSave}>{reviewing ? 'Save your review file now' : 'Save a copy of this draft now'}</button>
              {saveProblem.stopped && (
                <button type="button" className="usa-button usa-button--outline" onClick={() => window.location.reload()}>Reload this page</button>
              )}
            </div>
          </div>
        </div>
      )}
      <div className="editor__body">
        <div className="editor__main">
          {comparing ? <Compared comparing={comparing} draft={draft} findings={findings} today={today} reviewing={reviewing} /> : step === null ? (
            <>
              <TaskList draft={draft} findings={findings} onOpen={go} reviewing={reviewing} />
              <section className="panel check" aria-labelledby="check-heading">
                <h2 id="check-heading">{reviewing ? 'Every answer and the MOU' : 'Check and export'}</h2>
                <p>Read every answer on one page, with a preview of the whole MOU as it will print.</p>
                <button type="button" className="usa-button usa-button--outline" onClick={() => go('review')}>
                  {reviewing ? 'Read every answer and preview the MOU' : 'Check your answers and preview the MOU'}
                </button>
              </section>
              {children?.(fix, placeOf)}
            </>
          ) : step === 'review' ? (
            <>
              <button type="button" className="usa-button usa-button--unstyled link-button back-link" onClick={() => go(null)}>Back to the task list</button>
              <Review draft={draft} onChange={change} reviewing={reviewing}>{children?.(fix, placeOf)}</Review>
            </>
          ) : (
            <>
              {/* One set of checks before leaving a step: its forms' and the comments' beside it. */}
              <LeaveChecksContext.Provider value={leaveChecks}>
                <ListMovedContext.Provider value={history.listMoved}>
                  <StepPage step={step} item={item} part={part} onItem={openItem} draft={draft} law={law} onEdit={onEdit} onReplace={onReplace} onGo={go} fromReview={fromReview} leaving={leaving}
                    readOnly={reviewing ? 'reviewing' : draft.certification ? 'certified' : null} />
                </ListMovedContext.Provider>
                <p className="usa-sr-only" role="status" data-testid="item-said">{itemSaid}</p>
                <CommentsPanel key={`${step}-${item ?? ''}-${commentOn?.field ?? ''}`} draft={draft} step={step} record={item} answer={commentOn} reviewing={reviewing} onEdit={onEdit} />
              </LeaveChecksContext.Provider>
            </>
          )}
        </div>
        <aside className="editor__findings">
          {/* A certified text is locked, and a reviewer does not decide for the committee: accepted warnings are shown, not changed. */}
          <FindingsPanel draft={draft} findings={findings} finalPdf={finalPdf} onFix={fix} placeOf={placeOf} reviewing={reviewing}
            onAcknowledge={draft.certification || reviewing ? undefined : (finding, by, reason) => onEdit({ kind: 'acknowledge', finding, by, reason, on: today })}
            onWithdraw={draft.certification || reviewing ? undefined : (finding, at) => onEdit({ kind: 'withdraw', finding, at })} />
        </aside>
      </div>
    </div>
  );
}
