import { momentInWords as when } from '../lib/dates';
import { distinctNames } from '../lib/words';
import { describeCounties, describeProtocolKind } from '../model';
import { titleOrUntitled } from './record-names';
import { LOAD_STATUS_ID } from './load-messages';

export interface KeptDraft {
  id: string;
  title: string;
  counties: string[];
  kind?: string;
  /** A companion protocol's setting ("Juvenile hall"), where recorded. */
  setting?: string;
  savedAt: string;
  /** Opened to review: it continues read-only, with comments. */
  reviewing: boolean;
  /** Where it came from (null for a draft kept before the app recorded it). */
  origin: { kind: 'new' } | { kind: 'sample' } | { kind: 'file'; name: string } | null;
}

/** "Companion protocol: Juvenile hall", which tells two companion protocols of one county apart; null for any other. */
const companionWords = (draft: KeptDraft) =>
  (draft.kind === 'companion' ? describeProtocolKind({ kind: 'companion', companionSetting: draft.setting ?? '', counties: [], participatesInCsecProgram: true }) : null);

/**
 * A kept draft by its title, and a companion protocol by its setting too ("… (companion protocol:
 * Juvenile hall)"): the name its buttons and the messages about it give it.
 */
export function keptDraftName(draft: KeptDraft): string {
  const companion = companionWords(draft);
  return `${titleOrUntitled(draft.title)}${companion ? ` (${companion.charAt(0).toLowerCase()}${companion.slice(1)})` : ''}`;
}

/** "started in this browser", "the sample protocol…", "opened from the file napa.csecmou.json": told apart from copies of the same protocol. */
export function originWords(origin: KeptDraft['origin']): string | null {
  switch (origin?.kind) {
    case 'new': return 'started in this browser';
    case 'sample': return 'the sample protocol, to try the app';
    case 'file': return `opened from the file ${origin.name}`;
    default: return null;
  }
}

interface Props {
  drafts: readonly KeptDraft[];
  onContinue: (id: string) => void;
  onRemove: (id: string) => void;
}


/** A kept draft as its buttons name it, and as messages about it say it (`name`, then what tells it apart). */
export interface KeptDraftNaming {
  button: string;
  name: string;
  /** " (the sample, kept December 7, 2026, 10:05 AM)", or nothing where its name alone tells it apart. */
  apart: string;
}

/**
 * What names each kept draft: a review copy as such, the sample as such, the time it was kept
 * where two would still read alike, and its place among those kept in the same minute. A screen
 * reader's list of buttons must tell which one removes which, and a message about one of two
 * copies must say which it was.
 */
export function keptDraftNames(drafts: readonly KeptDraft[]): KeptDraftNaming[] {
  const keys = drafts.map((draft) => `${draft.reviewing ? 'your review of ' : ''}${keptDraftName(draft)}${draft.origin?.kind === 'sample' ? ', the sample' : ''}`);
  const timed = distinctNames(keys, (name, i) => `${name}, kept ${when(drafts[i]!.savedAt)}`);
  const counted = distinctNames(timed, (name, _, n, count) => `${name} (${n} of ${count})`);
  return drafts.map((draft, i) => {
    const apart = [
      draft.origin?.kind === 'sample' ? 'the sample' : null,
      timed[i] !== keys[i] ? `kept ${when(draft.savedAt)}` : null,
      counted[i] !== timed[i] ? counted[i]!.slice(timed[i]!.length + 2, -1) : null,
    ].filter((part) => part !== null);
    return { button: counted[i]!, name: keptDraftName(draft), apart: apart.length ? ` (${apart.join(', ')})` : '' };
  });
}

/**
 * The reviews kept here of a draft of this title and counties: a reviewer choosing the same file
 * again most likely means to go on with one (file-preview.tsx). Newest first, as the list shows them.
 */
export function reviewsOfTheSame(drafts: readonly KeptDraft[], draft: { title: string; counties: readonly string[] }): KeptDraft[] {
  const counties = [...draft.counties].sort().join('|');
  return drafts.filter((kept) => kept.reviewing && kept.title.trim() === draft.title.trim() && [...kept.counties].sort().join('|') === counties);
}

/** A kept draft as a message names it: “its name”, then what tells it from another kept draft that reads alike. */
export const namingInWords = ({ name, apart }: Pick<KeptDraftNaming, 'name' | 'apart'>) => `“${name}”${apart}`;

/** The kept draft `id` as a message names it (namingInWords); null when it is not kept. */
export function keptDraftInWords(drafts: readonly KeptDraft[], id: string): string | null {
  const i = drafts.findIndex((draft) => draft.id === id);
  return i < 0 ? null : namingInWords(keptDraftNames(drafts)[i]!);
}

/** The drafts kept in this browser: a coordinator may keep a county protocol and a companion one. */
export function KeptDrafts({ drafts, onContinue, onRemove }: Props) {
  if (drafts.length === 0) return null;
  const names = keptDraftNames(drafts).map((naming) => naming.button);
  const onlyReviews = drafts.every((draft) => draft.reviewing);
  return (
    <section className="panel kept" aria-labelledby="kept-heading" data-testid="kept-drafts">
      {/* A reviewer's list holds reviews only: it is named for them, not for a committee's drafts. */}
      <h2 id="kept-heading" tabIndex={-1} aria-describedby={LOAD_STATUS_ID}>{onlyReviews ? 'Continue a review in progress' : 'Continue a draft in progress'}</h2>
      <p className="usa-hint">{onlyReviews ? 'Kept in this browser as you work.' : 'Kept in this browser as you work. A coordinator may keep the county protocol and a companion protocol.'}</p>
      <ul className="kept__list">
        {drafts.map((draft, i) => (
          <li key={draft.id} className="kept__item">
            <div>
              <p className="kept__title">
                {draft.reviewing && <><span className="usa-tag">Reviewing</span> </>}
                {draft.origin?.kind === 'sample' && <><span className="usa-tag">Sample</span> </>}
                <bdi>{titleOrUntitled(draft.title)}</bdi>
              </p>
              <p className="usa-hint">
                {[describeCounties(draft.counties), companionWords(draft), originWords(draft.origin), `kept ${when(draft.savedAt)}`].filter(Boolean).join(' · ')}
              </p>
            </div>
            <div className="kept__actions">
              <button type="button" className="usa-button usa-button--outline" onClick={() => onContinue(draft.id)} aria-label={`${draft.reviewing ? 'Continue reviewing' : 'Continue'} ${draft.reviewing ? names[i]!.replace(/^your review of /, '') : names[i]}`}>
                {draft.reviewing ? 'Continue reviewing' : 'Continue'}
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={() => onRemove(draft.id)} aria-label={`Remove ${names[i]} from this browser`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
