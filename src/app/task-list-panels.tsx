import { lazy } from 'react';
import { todayIso } from '../lib/dates';
import { commentState } from '../model';
import type { Finding } from '../requirements';
import { unshownIn } from '../document/unshown';
import { yourName } from '../storage/your-name';
import type { FixPlace, Version } from '../wizard';
import { loadPanels, type Loaded } from './open-protocol';
import type { useExport } from './use-export';
import type { useReview } from './use-review';

/** A panel under an open draft's task list, loaded with the editor (open-protocol.tsx), never with the first page. */
const panel = <K extends keyof Awaited<ReturnType<typeof loadPanels>>>(name: K) =>
  lazy(() => loadPanels().then((panels) => ({ default: panels[name] })));
const ApprovalsPanel = panel('ApprovalsPanel');
const CertifyPanel = panel('CertifyPanel');
const ExportPanel = panel('ExportPanel');
const History = panel('History');
const ReviewerCompare = panel('ReviewerCompare');
const ReviewerPanel = panel('ReviewerPanel');
const ReviewFilesPanel = panel('ReviewFilesPanel');

interface Props {
  loaded: Loaded;
  blocking: readonly Finding[];
  onFix: (place: FixPlace) => void;
  placeOf: (place: FixPlace) => string;
  exports: ReturnType<typeof useExport>;
  review: ReturnType<typeof useReview>;
  versions: Version[] | null;
  onShowHistory: () => void;
  onRestore: (version: Version) => void;
  onReplaceWith: (file: File) => void;
  onSave: () => void;
  /** The page's latest error, by attempt: a panel's own message about an earlier action then goes. */
  pageErrorId: number | null;
}

/**
 * What sits under an open draft's task list: for a reviewer, their verdict and review file; for
 * the committee, export, review files, approvals, certification and earlier versions.
 */
export function TaskListPanels({ loaded, blocking, onFix, placeOf, exports, review, versions, onShowHistory, onRestore, onReplaceWith, onSave, pageErrorId }: Props) {
  const { store } = loaded;
  const draft = store.getState().draft;
  const openComments = draft.comments.filter((c) => commentState(c) === 'open').length;
  const exportPanel = (reviewing: boolean) => (
    <ExportPanel blocking={blocking} onFix={onFix} placeOf={placeOf} busy={exports.busy} onExport={(choice) => void exports.run(choice)}
      refusal={exports.refusal} unshown={exports.unshown && unshownIn(draft, exports.unshown.characters)} message={exports.message} failure={exports.failure} live={exports.live} reviewing={reviewing}
      exhibit={draft.complianceExhibit} locked={draft.certification !== null} openComments={openComments}
      onExhibit={(attach) => store.dispatch({ kind: 'set', path: ['complianceExhibit'], value: attach })} />
  );
  // A reviewer saves a review file, and may export the draft to read it on paper or pass it on.
  if (loaded.reviewing) {
    return (
      <>
        <ReviewerPanel draft={draft} me={yourName.get().trim()} onSave={onSave} />
        <ReviewerCompare onCompareWithFile={(file) => void review.compareWithFile(file)} />
        {exportPanel(true)}
      </>
    );
  }
  return (
    <>
      {exportPanel(false)}
      <ReviewFilesPanel openComments={openComments} onOpen={review.openReviewFiles} pageErrorId={pageErrorId} />
      <ApprovalsPanel draft={draft}
        onApprove={(agencyId, by) => store.dispatch({ kind: 'approve', agencyId, by, on: todayIso() })}
        onWithdraw={(agencyId) => store.dispatch({ kind: 'unapprove', agencyId })} />
      <CertifyPanel draft={draft} blockingCount={blocking.length}
        onCertify={(by) => review.certify(by)} onReopen={() => void review.reopen()}
        onSigned={review.signed} packet={review.packetState} onPacket={() => void review.downloadPacket()} />
      {loaded.keptId !== null && (
        <History versions={versions} onShow={onShowHistory} onRestore={onRestore} locked={draft.certification !== null}
          onCompare={(version) => void review.compareWithVersion(version)} onReplaceWith={onReplaceWith}
          onCompareWithFile={(file) => void review.compareWithFile(file)} />
      )}
    </>
  );
}
