import { useEffect } from 'react';
import { formatLongDate, momentInWords } from '../lib/dates';
import { describeCounties, describeProtocolKind, DRAFT_VERSION, type RestoredDraft } from '../model';
import { listCleared, repairsInWords, repairsLeaveOut } from '../review/repairs-text';
import { agencyName, titleOrUntitled } from './record-names';
import { Alert } from './alert';
import { usePageTitle } from './page-title';

interface Props {
  name: string;
  restored: RestoredDraft;
  /** The title of the open draft the file would replace, or null when it opens as a draft of its own. */
  replacing: string | null;
  /** It opens to be reviewed: read-only, with comments. */
  reviewing?: boolean;
  /** Reviews kept in this browser of a draft of the same title and counties, which the reviewer may mean to go on with. */
  keptReviews?: ReadonlyArray<{ id: string; savedAt: string }>;
  onContinueReview?: (id: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const SHOWN_AGENCIES = 12;

/** What a chosen file holds, shown before anything is kept or replaced: the user confirms. */
export function FilePreview({ name, restored, replacing, reviewing = false, keptReviews = [], onContinueReview = () => {}, onConfirm, onCancel }: Props) {
  const { draft, savedAt, appVersion, fileVersion, repairs, integrity } = restored;
  useEffect(() => {
    document.getElementById('preview-heading')?.focus();
  }, []);
  usePageTitle(replacing ? 'Check the file before it replaces this draft' : reviewing ? 'Check the file before reviewing it' : 'Check the file before opening it');
  const agencies = draft.agencies.map((_, index) => agencyName(draft, index));
  const more = agencies.length - SHOWN_AGENCIES;
  const changed = integrity === 'mismatch';
  const confirm = replacing ? (changed ? 'Replace it anyway' : 'Replace the open draft with this file')
    : reviewing ? (changed ? 'Review it anyway' : 'Review this draft') : (changed ? 'Open it anyway' : 'Open this draft');
  return (
    <section className="panel preview" aria-labelledby="preview-heading" data-testid="file-preview">
      <h2 id="preview-heading" tabIndex={-1}>{replacing ? 'Check the file before it replaces this draft' : reviewing ? 'Check the file before reviewing it' : 'Check the file before opening it'}</h2>
      <p>
        {name}
        {replacing ? <> would replace “{replacing}”. The draft as it is now goes into its earlier versions first, so it can be restored, and its comments and verdicts stay with the draft.</>
          : reviewing ? <> opens for review beside your other drafts: you can read every answer and the MOU, and comment, but not change the committee’s text.</>
          : <> opens as a draft of its own beside the others.</>}
      </p>
      {reviewing && keptReviews.length > 0 && (
        // The same file chosen again would start a second, empty review, which reads the same in the list.
        <Alert kind="info" level={3} heading={keptReviews.length === 1 ? 'You have a review of this protocol here already' : `You have ${keptReviews.length} reviews of this protocol here already`} data-testid="kept-reviews">
          <p>
            Reviewing this file starts a new review beside {keptReviews.length === 1 ? 'it' : 'them'}, without {keptReviews.length === 1 ? 'its' : 'their'} comments and verdicts.
            To go on with {keptReviews.length === 1 ? 'it' : 'one of them'} instead:
          </p>
          <ul className="usa-list usa-list--unstyled">
            {keptReviews.map((review) => (
              <li key={review.id}>
                <button type="button" className="usa-button usa-button--outline" onClick={() => onContinueReview(review.id)}>
                  Continue the review kept {momentInWords(review.savedAt)}
                </button>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {changed && (
        <Alert kind="warning" level={3} heading="This file was changed after it was saved" data-testid="checksum-warning">
          <p>
            Its contents do not match the checksum the app wrote into it: it was edited by hand or damaged on the way.
            Open it only if you trust where it came from, and check its answers afterwards.
          </p>
        </Alert>
      )}
      <dl className="preview__facts">
        <dt>Title</dt><dd>{titleOrUntitled(draft.title)}</dd>
        <dt>Counties</dt><dd>{describeCounties(draft.counties)}</dd>
        <dt>Protocol</dt><dd>{describeProtocolKind(draft)}</dd>
        <dt>Agencies</dt>
        <dd>{agencies.length === 0 ? (listCleared(repairs, 'agencies') ? 'None: the file’s list of agencies cannot be used (see below)' : 'None yet') : `${agencies.slice(0, SHOWN_AGENCIES).join('; ')}${more > 0 ? `; and ${more} more` : ''}`}</dd>
        {/* A certified text opens locked: said before it opens, not found out after. */}
        {draft.certification && <><dt>Certified final</dt><dd>By {draft.certification.by} on {formatLongDate(draft.certification.on)}: its text opens locked</dd></>}
        <dt>Last saved</dt><dd>{savedAt ? momentInWords(savedAt) : 'The file does not say'}</dd>
        <dt>Saved by</dt>
        <dd>
          {appVersion ? `This app, version ${appVersion}` : 'An earlier version of this app'}
          {/* The format, not the committee's answers: said so, or a reader takes it for a change to the text. */}
          {fileVersion < DRAFT_VERSION && ` (draft format ${fileVersion}; the file’s format is brought up to date as it opens, its answers kept as they are)`}
        </dd>
      </dl>
      {repairs.length > 0 && (
        <Alert kind={repairsLeaveOut(repairs) ? 'warning' : 'info'} level={3} heading={`${repairs.length === 1 ? 'One thing' : `${repairs.length} things`} will be ${repairsLeaveOut(repairs) ? 'left out or mended' : 'mended'} as it opens`}>
          <ul className="usa-list">{repairsInWords(repairs).map((repair, index) => <li key={index}>{repair}</li>)}</ul>
        </Alert>
      )}
      <div className="preview__actions">
        <button type="button" className="usa-button" onClick={onConfirm}>{confirm}</button>
        <button type="button" className="usa-button usa-button--outline" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
