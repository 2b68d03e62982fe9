import { repairsInBrief, type Repair } from '../model';
import { listInWords } from '../lib/words';
import { placeOfPath, type Place } from '../wizard/places';

/**
 * What restoreDraft mended while opening a file, in the words of the wizard's pages, for the app's
 * preview and notice and for the command line alike: "Mendocino County Probation Department:
 * “took part” was "yes", which is not a yes-or-no answer; it was cleared.", never
 * "agencies.0.tookPart: removed "yes"".
 */
export function repairInWords(repair: Repair): string {
  switch (repair.kind) {
    case 'unusable': {
      const { where, field } = placeOf(repair);
      const item = /\.\d+$/.test(repair.path);
      if (field) return `${where}: “${field}” ${item ? 'listed' : 'was'} ${repair.value}, which ${repair.reason}; it was ${item ? 'left out' : 'cleared'}.`;
      return item
        ? `${where} was ${repair.value}, which ${repair.reason}; it was left out.`
        : `${where}: a value of ${repair.value}, which ${repair.reason}, was removed.`;
    }
    case 'recordDropped': {
      const { where, field } = placeOf(repair);
      const subject = field ? `${where}: “${field}”` : where;
      return `${subject} was left out: it cannot be kept without a usable ${listInWords(repair.needs.split(',').map((needs) => `“${neededInWords(repair, needs, field)}”`))}.`;
    }
    case 'newId':
      return repair.was === null
        ? `${placeOf(repair).where} had no id, so it was given one.`
        : `${placeOf(repair).where} had the same id as another record in the file (${repair.was}), so it was given one of its own.`;
    case 'countyTwice': {
      const { where, field } = placeOfPath('counties', () => undefined);
      return `${where}: “${field}” named ${repair.county} more than once; it is kept once.`;
    }
    case 'prototypeKey': {
      const { where, field } = placeOf(repair);
      return `${field ? `${where}: “${field}”` : where}: a key named "__proto__", which this app never writes and which could change how the draft is read, was removed.`;
    }
    case 'note':
      return repair.text;
  }
}

/** Whether opening the file leaves out something it held (a value or a record it could not use), not only mends it. */
export const repairsLeaveOut = (repairs: readonly Repair[]): boolean =>
  repairs.some((repair) => repair.kind === 'unusable' || repair.kind === 'recordDropped');

/** Whether a whole list (the agencies, the MDT tiers) could not be used and opens empty. */
export const listCleared = (repairs: readonly Repair[], list: string): boolean =>
  repairs.some((repair) => repair.kind === 'unusable' && repair.path === list);

/**
 * The repairs in words, at most `max` of them and then one line for the rest. A record left out
 * for want of several values is one line naming them all, not a line for each.
 */
export const repairsInWords = (repairs: readonly Repair[], max?: number): string[] => {
  const merged: Repair[] = [];
  const dropped = new Map<string, Repair & { kind: 'recordDropped' }>();
  for (const repair of repairs) {
    if (repair.kind !== 'recordDropped') { merged.push(repair); continue; }
    const earlier = dropped.get(repair.path);
    if (earlier) { earlier.needs = `${earlier.needs},${repair.needs}`; continue; }
    const copy = { ...repair };
    dropped.set(repair.path, copy);
    merged.push(copy);
  }
  return repairsInBrief(merged.map(repairInWords), max);
};

/**
 * What a record needed, by the label its page gives it; for the parts no page asks about by a
 * label (a warning's acceptance, the certification), in words rather than the file's own names.
 */
const NEEDED: Record<string, string> = {
  ruleId: 'rule', by: 'name of who gave it', reason: 'reason', contentHash: 'content hash', on: 'date', at: 'time',
  id: 'id', text: 'text', author: 'author', agencyId: 'agency', commentId: 'comment',
};
function neededInWords(repair: { path: string; record: string | null }, needs: string, field: string | null): string {
  const label = placeOf({ ...repair, path: `${repair.path}.${needs}` }).field;
  return label && label !== field ? label : NEEDED[needs] ?? needs;
}

/** The place of a repair: its record by the name the file gave it, since the record may since have gone or moved. */
const placeOf = (repair: { path: string; record: string | null }): Place =>
  placeOfPath(repair.path, () => repair.record ?? undefined);
