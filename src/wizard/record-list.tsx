import type { ReactNode } from 'react';
import { capitalise } from '../lib/words';
import { fieldId } from './steps';

/**
 * A list of records the committee adds to (agencies, tiers). Its id is the list's field id, so a
 * finding about the whole list lands here, on the list or on the words saying it is empty.
 */
export function RecordList({ list, label, empty, children }: { list: string; label: string; empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <p className="usa-hint" id={fieldId(list)} tabIndex={-1}>{empty}</p>;
  return <ol className="records" id={fieldId(list)} tabIndex={-1} aria-label={label}>{children}</ol>;
}

/** The id of a record's Change button, where focus returns from the record's own page. */
export const changeButtonId = (list: string, id: string) => `${list}-${id}-change`;

/** The ids of a record's move buttons, so that focus can follow the record it moved. */
export const moveButtonId = (list: string, id: string, direction: 'up' | 'down') => `${list}-${id}-move-${direction}`;

/**
 * Where focus goes once a record of `count` has moved from `from` to `to`: the button pressed, or
 * the other one when the record reached an end of the list and the button pressed is disabled.
 */
export function moveButtonAfter(list: string, id: string, from: number, to: number, count: number): string {
  const direction = to === 0 ? 'down' : to >= count - 1 ? 'up' : to < from ? 'up' : 'down';
  return moveButtonId(list, id, direction);
}

/**
 * Says where a record went after Move up or Move down, for a screen reader: focus stays on the
 * button pressed, so nothing else would. Always in the page, so that a change of its words is heard.
 */
export function MovedStatus({ moved }: { moved: { title: string; index: number; count: number } | null }) {
  return <p className="usa-sr-only" role="status" data-testid="moved-status">{moved ? `${moved.title} moved to ${moved.index + 1} of ${moved.count}.` : ''}</p>;
}

/** Link-like, as GOV.UK's summary list has them: four full buttons per record made the list a wall of buttons. */
const ACTION = 'usa-button usa-button--unstyled link-button record__action';

/** Change (where the record has its own page), move up, move down and remove for the record at `index` of `count`, each naming the record. */
export function RecordActions({ list, id, title, index, count, onChange, changeWords = 'Change', changeId = changeButtonId(list, id), onMove, onRemove }: {
  list: string; id: string; title: string; index: number; count: number; onChange?: () => void;
  /** What Change does, where it does more than open the record's page ("Continue adding"). */
  changeWords?: string;
  /** The Change button's id, where the record's page returns focus, when `id` does not last that long. */
  changeId?: string;
  onMove: (to: number) => void; onRemove: () => void;
}) {
  return (
    <div className="record__actions">
      {onChange && <button type="button" id={changeId} className={ACTION} onClick={onChange} aria-label={`${changeWords} ${title}`}>{changeWords}</button>}
      <button type="button" id={moveButtonId(list, id, 'up')} className={ACTION} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move up: ${title}`}>Move up</button>
      <button type="button" id={moveButtonId(list, id, 'down')} className={ACTION} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move down: ${title}`}>Move down</button>
      <button type="button" className={ACTION} onClick={onRemove} aria-label={`Remove ${title}`}>Remove</button>
    </div>
  );
}

/**
 * A record in brief on its list: its name, its answers in one line, and its actions. Its name is
 * an h3 under the step's heading, or an h4 where the list has a heading of its own (`level`).
 */
export function RecordSummary({ testId, summary, level = 3, lang, status, ...actions }: Parameters<typeof RecordActions>[0] & {
  testId: string; summary: string; level?: 3 | 4;
  /** What stands out about the record before its answers ("Not finished: …"). */
  status?: string;
  /** The language of the record's own words (its name, its summary), where not English. */
  lang?: { title?: string; summary?: string };
}) {
  const Name = level === 4 ? 'h4' : 'h3';
  return (
    <li className="record" data-testid={testId}>
      <Name className="record__name" lang={lang?.title}>{actions.title}</Name>
      {status && <p className="record__status" data-testid="record-status">{status}</p>}
      <p className="record__summary" lang={lang?.summary}>{capitalise(summary)}</p>
      <RecordActions {...actions} />
    </li>
  );
}
