import { repairsInBrief, type Repair } from '../model';
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
      const needed = placeOf({ ...repair, path: `${repair.path}.${repair.needs}` }).field;
      const subject = field ? `${where}: “${field}”` : where;
      return `${subject} was left out: it cannot be kept without a usable “${needed && needed !== field ? needed : repair.needs}”.`;
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

/** The repairs in words, at most `max` of them and then one line for the rest. */
export const repairsInWords = (repairs: readonly Repair[], max?: number): string[] =>
  repairsInBrief(repairs.map(repairInWords), max);

/** The place of a repair: its record by the name the file gave it, since the record may since have gone or moved. */
const placeOf = (repair: { path: string; record: string | null }): Place =>
  placeOfPath(repair.path, () => repair.record ?? undefined);
