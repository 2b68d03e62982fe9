import { useState, type MutableRefObject } from 'react';
import { formatLongDate, todayIso } from '../lib/dates';
import { flushPendingEdits } from '../wizard';
import { placeInWords } from '../wizard/places';
import { applyEdit, contentHash, describeReviewFileError, LIMITS, restoreReview, reviewedDraftInWords, reviewOfAnotherCounty, reviewOfAnotherTitle, serializeReview, commentState, type Draft } from '../model';
import { offerDownload, readDraftFile, reviewFileName } from '../storage/draft-file';
import { lookForNewerApp } from './use-offline';
import type { LoadError } from '../storage/draft-repository';
import { NOTHING_TAKEN_IN, type PacketState, type ReviewFilesOutcome, type Version } from '../wizard';
import { yourName } from '../storage/your-name';
import { exportPacket, exportRedline, finalPdfsUnshown } from './export-mou';
import { REASONS } from './kept-session';
import { versionInWords } from './save-words';
import type { useProtocol } from './use-protocol';
import { characterInWords, listInWords, lowerFirst, plural } from '../lib/words';
import { CHECKING_FINAL_PDF, unshownRefusal } from '../document/unshown';
import type { Finding } from '../requirements';

interface Messages {
  /** Says what happened, clearing any earlier error and notes. */
  status: (words: string) => void;
  /** What went wrong, under `heading`, which says what did not happen. */
  error: (message: string, heading: string) => void;
  /** A file or a version that could not be read, when `id` is still the latest attempt. */
  refuse: (id: number, error: LoadError) => void;
  /** Clears the page's messages, for an action that says what happened in a panel of its own. */
  clear: () => void;
}

const NOT_CERTIFIED = 'The text was not certified';
/** Said where the packet saved before no longer shows the signatures recorded since. */
const PACKET_OUTDATED = 'The signatures have changed since the packet was saved: download it again, so that its signature status sheet shows them.';

/**
 * What reviewing adds to an open draft: comparing it with an earlier version or a file, and the
 * coordinator's certification of its final text (which locks it) and starting a new version.
 */
export function useReview(protocol: ReturnType<typeof useProtocol>, attempt: MutableRefObject<number>, say: Messages) {
  // `fileIsNewer` only for a file (an earlier version is older by definition): a colleague's newer draft is compared the other way.
  const [comparing, setComparing] = useState<{ before: Draft; older: string; fileIsNewer?: boolean } | null>(null);

  const compareWithVersion = async (version: Version) => {
    const id = ++attempt.current;
    const result = await protocol.loadVersion(version);
    if (!result || id !== attempt.current) return;
    if (!result.ok) return say.refuse(id, result.error);
    say.status('');
    setComparing({ before: result.value.draft, older: versionInWords(version.at, result.value.draft.certification) });
  };

  // A file that cannot be read is refused as when opening one: the open draft stays as it is.
  const compareWithFile = async (file: File) => {
    const id = ++attempt.current;
    const result = await readDraftFile(file);
    if (id !== attempt.current) return;
    if (!result.ok) return say.refuse(id, result.error);
    say.status('');
    setComparing({ before: result.value.restored.draft, older: `the file ${file.name}`, fileIsNewer: false });
  };

  const [redlineState, setRedlineState] = useState<PacketState>(null);

  /** The open draft's MOU as a Word file with the changes since what it is compared with as tracked changes. */
  const downloadRedline = async () => {
    flushPendingEdits();
    const open = protocol.open?.store.getState().draft;
    if (!open || !comparing) return;
    setRedlineState({ kind: 'busy', words: 'Preparing the redline' });
    try {
      const name = yourName.get().trim();
      const author = name || 'CSEC Protocol & MOU Wizard';
      const outcome = comparing.fileIsNewer
        ? await exportRedline(open, comparing.before, { author, since: `the draft as it stood on ${formatLongDate(todayIso())}` }, todayIso())
        : await exportRedline(comparing.before, open, { author, since: comparing.older }, todayIso());
      setRedlineState(outcome.kind === 'saved'
        ? { kind: 'said', words: `Saved the redline as ${outcome.name} in your downloads. ${name
          ? `Word shows its changes as made by ${name}.`
          : `Word shows its changes as made by “${author}”: to have them shown as yours, write it under “Your name (and organization)” beside a step’s comments, then download the redline again.`}`, failed: false }
        : { kind: 'said', words: 'The redline was not made.', failed: true });
    } catch (error) {
      setRedlineState({ kind: 'said', words: `The redline could not be made: ${(error as Error).message} Your draft has not been changed.`, failed: true });
    }
  };

  const endComparison = () => {
    setComparing(null);
    setRedlineState(null);
    // Back where the comparison was asked for.
    requestAnimationFrame(() => (document.getElementById('history-heading') ?? document.getElementById('reviewer-compare-heading'))?.focus());
  };

  // Said of the packet last made: it goes when the text is certified or unlocked, since that
  // packet holds another text (and a new one made the same day has the same name).
  const [packetState, setPacketState] = useState<PacketState>(null);

  /** Certifies the open draft's text as final, then keeps the certified text among its versions. */
  const certify = async (by: string) => {
    const store = protocol.open?.store;
    if (!store) return;
    flushPendingEdits();
    // The packet holds the final MOU and its report as PDFs: a text they cannot print is not certified, so that the
    // coordinator does not find out from a refused packet, with approvals to collect again.
    const draft = store.getState().draft;
    say.status(CHECKING_FINAL_PDF);
    let unshown;
    try {
      unshown = await finalPdfsUnshown(draft, todayIso());
    } catch (error) {
      say.error(`It could not be checked that the final PDF can print the text (${(error as Error).message}). Try again.`, NOT_CERTIFIED);
      return;
    }
    if (unshown) {
      const chars = listInWords(unshown.characters.map(characterInWords));
      const one = unshown.characters.length === 1;
      say.error(`The final PDFs cannot print ${chars}: their typeface has no letter for ${one ? 'it' : 'them'}, and the submission packet holds the final MOU and its compliance report as PDFs. `
        + `Write ${one ? 'it' : 'them'} in Latin letters (or leave ${one ? 'it' : 'them'} out), then certify. ${one ? 'It is' : 'They are'} in: ${listInWords(unshown.places.map((place) => placeInWords(place, draft)))}.`, NOT_CERTIFIED);
      return;
    }
    if (!store.dispatch({ kind: 'certify', by, on: todayIso() })) return;
    setPacketState(null);
    try {
      await protocol.keepVersion(REASONS.certified(by));
    } catch (error) {
      say.error(`The text is certified, but the browser could not keep the certified version among the earlier versions (${(error as Error).message}). Save a copy of this draft.`, 'The certified text is not among the earlier versions');
      return;
    }
    say.status(`Certified the final text. Every final MOU made from it carries its fingerprint, the content hash ${contentHash(store.getState().draft)}, so a PDF can be checked against this draft.`);
  };

  /** Unlocks a certified text, keeping it as it was among the versions first. */
  const reopen = async () => {
    const store = protocol.open?.store;
    const certification = store?.getState().draft.certification;
    if (!store || !certification) return;
    try {
      await protocol.keepVersion(REASONS.beforeNewVersion(formatLongDate(certification.on)));
    } catch (error) {
      say.error(`The browser could not keep the certified text among the earlier versions (${(error as Error).message}), so it is still locked. Save a copy of this draft first.`, 'No new version was started');
      return;
    }
    store.dispatch({ kind: 'reopen' });
    setPacketState(null);
    say.status('Started a new version: the text can be changed again. The certified text is kept among the earlier versions.');
  };

  const downloadPacket = async () => {
    flushPendingEdits();
    const draft = protocol.open?.store.getState().draft;
    if (!draft) return;
    setPacketState({ kind: 'busy', words: 'Preparing the submission packet' });
    try {
      const outcome = await exportPacket(draft, todayIso(), (progress) => setPacketState({ kind: 'busy', words: `Preparing the submission packet: ${lowerFirst(progress.words)}` }));
      setPacketState(outcome.kind === 'refused'
        ? { kind: 'said', words: packetRefused(outcome.blocking, draft.certification !== null), failed: true }
        : outcome.kind === 'unshown'
        ? { kind: 'said', words: `The packet was not made, since it holds the final MOU and its compliance report as PDFs. ${unshownRefusal(outcome.unshown, characterInWords, 'export the final Word file from the list of parts')} They are in: ${listInWords(outcome.unshown.places.map((place) => placeInWords(place, draft)))}.${draft.certification ? ' The text is certified: to change it, start a new version under “Certified final”.' : ''}`, failed: true }
        : { kind: 'said', words: `Saved the submission packet as ${outcome.name} in your downloads: the final MOU as PDF and Word, the final compliance report, the signature status sheet and this draft file.`, failed: false });
    } catch (error) {
      setPacketState({ kind: 'said', words: `The packet could not be made: ${(error as Error).message} Your draft has not been changed.`, failed: true });
    }
  };

  /** Records that a signing agency signed on a date, or that it has not yet (null). */
  const signed = (agencyId: string, signedOn: string | null) => {
    protocol.open?.store.dispatch({ kind: 'signature', agencyId, signedOn });
    // A packet saved before holds a signature status sheet without this: it is no longer said to be current.
    setPacketState((state) => (state?.kind === 'said' && !state.failed ? { kind: 'outdated', words: PACKET_OUTDATED } : state));
  };

  /**
   * Adds reviewers' files to the open draft, one after another: each adds its comments, replies
   * and verdicts; a file that cannot be read, or is a review of another county's draft, adds
   * nothing and is said so.
   */
  const openReviewFiles = async (files: readonly File[]): Promise<ReviewFilesOutcome> => {
    const outcome: ReviewFilesOutcome = { added: [], refused: [], held: [] };
    const store = protocol.open?.store;
    if (!store) return outcome;
    flushPendingEdits();
    // The panel says what the files added: an earlier message at the top of the page (a draft
    // file that could not be opened) would be a second alert beside it, about something else.
    say.clear();
    for (const file of files) {
      // Each file's refusal says that nothing of it was taken in: another file of the same choice may have changed the draft.
      const refuse = (why: string) => outcome.refused.push(`${file.name}: ${why}`);
      // Far past the limit (4 bytes a character at most), it is refused before it is read.
      if (file.size > LIMITS.fileChars * 4) { refuse(`This file is too large to be a review file. ${NOTHING_TAKEN_IN}`); continue; }
      let text: Uint8Array;
      try {
        text = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        refuse(`The browser could not read it (${(error as Error).message}). ${NOTHING_TAKEN_IN}`);
        continue;
      }
      const read = restoreReview(text);
      if (!read.ok) {
        refuse(describeReviewFileError(read.error, { unchanged: NOTHING_TAKEN_IN, ...(read.error.kind === 'versionTooNew' && { openWithNewer: lookForNewerApp() }) }));
        continue;
      }
      const draft = store.getState().draft;
      const { about, comments, sectionReviews, skipped } = read.value;
      if (about && reviewOfAnotherCounty(about, draft)) {
        refuse(`It is a review of ${reviewedDraftInWords(about)}, not of this one. ${NOTHING_TAKEN_IN}`);
        continue;
      }
      const takeIn = () => {
        const before = store.getState().draft;
        store.dispatch({ kind: 'mergeReview', comments, sectionReviews });
        const { words, nothing } = takenInWords(before, store.getState().draft);
        const moved = about && about.contentHash !== contentHash(before) ? ' Your draft has changed since this reviewer read it: check that their comments still apply.' : '';
        const already = nothing && comments.length + sectionReviews.length > 0 ? ' (everything in it was already here)' : '';
        return `${file.name}: ${words}${already}.${moved}${skipped.length ? ` ${skipped.join(' ')}` : ''}`;
      };
      // Another protocol of the county (a companion protocol), or this one retitled since: only the
      // committee knows which, and comments taken in cannot be taken out, so it is asked first.
      // (One that would add nothing, opened again after it was taken in, is taken in at once: it says so.)
      if (about && reviewOfAnotherTitle(about, draft) && !takenInWords(draft, applyEdit(draft, { kind: 'mergeReview', comments, sectionReviews })).nothing) {
        outcome.held.push({ name: file.name, words: `${file.name} is a review of ${reviewedDraftInWords(about)}; this draft is “${draft.title}”. Nothing of it has been taken in yet. If this draft was renamed since the review, take its comments in. If the review is of another protocol, leave it out.`, takeIn });
        continue;
      }
      outcome.added.push(takeIn());
    }
    return outcome;
  };

  /** Saves the reviewer's comments and verdicts (not the draft) as the file they send the committee. */
  const saveReviewFile = () => {
    flushPendingEdits();
    const draft = protocol.open?.store.getState().draft;
    if (!draft) return null;
    const name = reviewFileName(draft, yourName.get(), todayIso());
    offerDownload(serializeReview(draft), name, 'application/json');
    protocol.savedAsFile();
    // Saved as asked; but a file with nothing in it is not yet worth sending.
    if (draft.comments.length === 0 && draft.sectionReviews.length === 0) {
      return `Saved your review file as ${name} in your downloads. It holds no comment or verdict yet: add them on each part of the protocol, then save your review file again and send that one to the committee.`;
    }
    return `Saved your review file as ${name} in your downloads. Send it to the committee.`;
  };

  const reset = () => {
    setComparing(null);
    setPacketState(null);
    setRedlineState(null);
  };

  const fileIsNewer = comparing?.fileIsNewer;
  return { comparing: comparing && { ...comparing, onBack: endComparison, redline: redlineState, onRedline: () => void downloadRedline(),
    fileIsNewer: fileIsNewer === undefined ? undefined : { newer: fileIsNewer, onChange: (newer: boolean) => { setRedlineState(null); setComparing({ ...comparing, fileIsNewer: newer }); } } }, compareWithVersion, compareWithFile, certify, reopen, packetState, downloadPacket, signed, openReviewFiles, saveReviewFile, reset };
}

/**
 * What taking in a review file changed, counted against the draft before it: "2 new comments,
 * 1 comment changed by its author, 1 comment reopened and 1 new section verdict". A verdict, or a
 * comment's status or words, the draft already had is not news; a comment that arrives withdrawn
 * is counted as withdrawn, not as new; `nothing` when it changed nothing.
 */
function takenInWords(before: Draft, after: Draft): { words: string; nothing: boolean } {
  const replies = (d: Draft) => d.comments.reduce((n, c) => n + c.replies.length, 0);
  const was = new Map(before.comments.map((c) => [c.id, c]));
  const arrived = after.comments.filter((c) => !was.has(c.id));
  const kept = after.comments.filter((c) => was.has(c.id)).map((c) => ({ now: c, was: was.get(c.id)!, state: commentState(c) }));
  const newComments = arrived.filter((c) => commentState(c) !== 'withdrawn').length;
  const newReplies = replies(after) - replies(before);
  const withdrawn = arrived.length - newComments + kept.filter((c) => c.state === 'withdrawn' && commentState(c.was) !== 'withdrawn').length;
  const putBack = kept.filter((c) => c.state !== 'withdrawn' && commentState(c.was) === 'withdrawn').length;
  // The committee's decisions on comments that stand (a withdrawn one's status is nobody's concern).
  const decided = kept.filter((c) => c.state !== 'withdrawn' && c.now.status !== c.was.status);
  const reopened = decided.filter((c) => c.state === 'open').length;
  const resolved = decided.length - reopened;
  const reworded = kept.filter((c) => c.state !== 'withdrawn' && c.now.text !== c.was.text);
  // New words on a comment the committee had resolved would go unread: they are named apart.
  const rewordedResolved = reworded.filter((c) => c.state === 'resolved').length;
  const rewordedOpen = reworded.length - rewordedResolved;
  const verdictKey = (v: Draft['sectionReviews'][number]) => JSON.stringify([v.section, v.reviewer, v.status, v.at]);
  const had = new Set(before.sectionReviews.map(verdictKey));
  const newVerdicts = after.sectionReviews.filter((v) => !had.has(verdictKey(v))).length;
  const byAuthor = (n: number) => (n === 1 ? 'its author' : 'their authors');
  const parts = [plural(newComments, 'new comment'), ...(newReplies > 0 ? [plural(newReplies, 'new reply', 'new replies')] : []),
    ...(rewordedOpen > 0 ? [`${plural(rewordedOpen, 'comment')} changed by ${byAuthor(rewordedOpen)}`] : []),
    ...(rewordedResolved > 0 ? [`${plural(rewordedResolved, 'resolved comment')} changed by ${byAuthor(rewordedResolved)} (read ${rewordedResolved === 1 ? 'it' : 'them'} again)`] : []),
    ...(reopened > 0 ? [`${plural(reopened, 'comment')} reopened`] : []), ...(resolved > 0 ? [`${plural(resolved, 'comment')} resolved`] : []),
    ...(withdrawn > 0 ? [`${plural(withdrawn, 'comment')} withdrawn by ${byAuthor(withdrawn)}`] : []),
    ...(putBack > 0 ? [`${plural(putBack, 'comment')} put back by ${byAuthor(putBack)}`] : []),
    ...(newVerdicts > 0 ? [plural(newVerdicts, 'new section verdict')] : [])];
  return { words: listInWords(parts), nothing: newComments + newReplies + reworded.length + decided.length + withdrawn + putBack + newVerdicts === 0 };
}

/** Why the packet was not made while blocking findings stand: which, and how the committee gets to them. */
function packetRefused(blocking: readonly Finding[], certified: boolean): string {
  const one = blocking.length === 1;
  return `The packet was not made: ${one ? 'a blocking finding stands' : `${blocking.length} blocking findings stand`}, ${listInWords(blocking.map((finding) => `“${finding.title}”`))}. `
    + (certified
      ? `The text is certified, so it is locked: start a new version under “Certified final”, resolve ${one ? 'it' : 'them'} where the findings say, and certify again.`
      : `Resolve ${one ? 'it' : 'them'} first: ${one ? 'its finding links' : 'each one’s finding links'} to the question that fixes it.`);
}
