import { useEffect, useRef, useState } from 'react';
import type { DraftRepository, DraftSummary, RemovedDraft } from '../storage/draft-repository';
import { unlessEdited } from './edit-lock';
import { KeptDrafts, keptDraftNames, namingInWords, NewProtocol, OpenDraft, type Basics } from '../wizard';

interface Props {
  kept: readonly DraftSummary[];
  repository: DraftRepository | null;
  refresh: () => Promise<void>;
  onContinue: (id: string) => void;
  onStart: (basics: Basics) => void;
  /** The step of starting a protocol shown (from 1), and the way to another, each an entry in the browser's history. */
  newStep: number;
  onNewStep: (step: number, how?: 'replace' | 'previous') => void;
  onFileChosen: (file: File) => void;
  onReviewFileChosen: (file: File) => void;
  onUseSample: () => void;
  /** Says what happened, in the page's status line. */
  onStatus: (words: string) => void;
  /** Says what happened and moves focus to it (UX.md), where the button pressed has gone. */
  onSay: (words: string) => void;
  /** The drafts whose removal the page offers to undo, newest last, while it does (none once it does not). */
  onUndoOffered: (drafts: ReadonlyArray<{ id: string; named: string }>) => void;
}

/** A draft removed from the list, as messages name it (`named`: in quotes and told apart from a copy, keptDraftInWords; `name` and `apart`, its parts). */
interface Removal {
  id: string;
  named: string;
  name: string;
  apart: string;
  removed: RemovedDraft;
}

/** The first page: what the tool is, the drafts kept here (removed with undo), and the ways to begin. */
export function StartPage({ kept, repository, refresh, onContinue, onStart, newStep, onNewStep, onFileChosen, onReviewFileChosen, onUseSample, onStatus, onSay, onUndoOffered }: Props) {
  // Each removal made on this page, newest last: Undo puts back the newest, then the notice offers
  // the one before, so that removing two drafts by mistake loses neither.
  const [removals, setRemovals] = useState<Removal[]>([]);
  const removed = removals.at(-1) ?? null;
  // Focus goes to the notice when a removal is made, not when an undo leaves an earlier one to offer.
  const [removedCount, setRemovedCount] = useState(0);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (removedCount > 0) notice.current?.focus();
  }, [removedCount]);
  // Back or Forward to a removed draft's address is then told to undo here, not that another tab removed it.
  const offered = useRef(onUndoOffered);
  offered.current = onUndoOffered;
  useEffect(() => {
    offered.current(removals.map(({ id, named }) => ({ id, named })));
    return () => offered.current([]);
  }, [removals]);

  const remove = async (id: string) => {
    const naming = keptDraftNames(kept)[kept.findIndex((d) => d.id === id)] ?? { name: 'Untitled protocol', apart: '' };
    const named = namingInWords(naming);
    if (!repository) return;
    try {
      const removing = await unlessEdited(id, () => repository.remove(id));
      if (!removing) {
        // The Remove button stays, and the list may be far below the message: focus goes to it.
        onSay(`${named} is open for editing in another tab or window, so it was not removed. Close it there first, then remove it here.`);
        return;
      }
      const taken = removing.done;
      await refresh();
      // The notice says so, and takes focus; a message beside it would say it twice.
      if (taken) {
        setRemovals((list) => [...list.filter((r) => r.id !== id), { id, named, name: naming.name, apart: naming.apart, removed: taken }]);
        setRemovedCount((n) => n + 1);
      }
      onStatus(taken ? '' : `Removed ${named} and its earlier versions from this browser.`);
    } catch (error) {
      onStatus(`The browser could not remove ${named} (${(error as Error).message}). It is still kept.`);
    }
  };

  const undo = async () => {
    if (!removed || !repository) return;
    let putBack: boolean;
    try {
      putBack = await repository.putBack(removed.removed);
      await refresh();
    } catch (error) {
      onStatus(`The browser could not keep ${removed.named} again (${(error as Error).message}).`);
      return;
    }
    // The notice and its Undo go, or offer the removal before: focus goes to the words that say what
    // became of the draft, which also point to that notice, out of sight below the list.
    setRemovals((list) => list.filter((r) => r !== removed));
    const before = removals.at(-2);
    const still = before ? ` ${before.named}, removed before it, can still be put back with Undo below the list of drafts.` : '';
    onSay(`${putBack
      ? `Put ${removed.named} back among the drafts kept in this browser.`
      : `${removed.named} was saved again in another tab after it was removed, so the removed copy was not put back over that work: the draft is kept as that tab saved it.`}${still}`);
  };

  return (
    <>
      <section className="intro" aria-label="About this tool">
        <p>
          This tool walks a county&apos;s steering committee through its interagency protocol section by
          section, checks every answer against the law as you type, and writes the MOU as a Word file and
          a PDF for signature and for CDSS.
        </p>
        <p>Everything stays on this computer: nothing you type or open is sent over the network.</p>
        <p>What the committee will need:</p>
        <ul>
          <li>its county or counties;</li>
          <li>its partner agencies, the role each fills and who signs for each;</li>
          <li>how its multidisciplinary team is organised;</li>
          <li>its decisions for each section of the protocol.</li>
        </ul>
        <p>
          Starting takes a minute: the county, the kind of protocol and when it was first developed. The rest
          goes at the committee&apos;s pace: typing in answers it has already agreed takes an hour or two for the
          sixteen parts, and agreeing them usually takes several of its meetings.
        </p>
        <p>
          The protocol is written part by part, in any order and over as many sittings as the committee needs.
          Your work is kept in this browser as you type: you can stop at any point and come back. Save a draft
          file too, to keep a copy (a browser may clear what it keeps when space runs low) and to send it to
          others: it holds the whole protocol, so store it as you would any county document.
        </p>
      </section>
      <KeptDrafts drafts={kept} onContinue={onContinue} onRemove={(id) => void remove(id)} />
      {removed && (
        // Focus comes here after a removal (the button pressed is gone), so the notice says what happened.
        <div className="usa-alert usa-alert--info usa-alert--slim removed-draft" data-testid="removed-draft" tabIndex={-1} ref={notice}>
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {/* The title in its own direction: a right-to-left one (or a pasted override) must not turn the app's words around it. */}
              Removed “<bdi>{removed.name}</bdi>”{removed.apart} and its earlier versions from this browser.{' '}
              <button type="button" className="usa-button usa-button--outline" onClick={() => void undo()} aria-label={`Undo: keep ${removed.named} in this browser again`}>
                Undo
              </button>
            </p>
          </div>
        </div>
      )}
      <NewProtocol onCreate={onStart} step={newStep} onStep={onNewStep} onNews={() => onStatus('')} />
      <OpenDraft onFileChosen={onFileChosen} onReviewFileChosen={onReviewFileChosen} onUseSample={onUseSample} />
    </>
  );
}
