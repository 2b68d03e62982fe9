import { formatLongDate } from '../lib/dates';
import type { CountyApproval } from '../model';
import type { FieldSpec } from './section-fields';

/** Answers in words, for "check your answers" and for comparing two drafts (React-free, as the command line reads it too). */

export const NOT_ANSWERED = 'Not answered';
const LONG = 240;

/** The value at a dotted path ("representative.name") of a record. */
export const at = (value: unknown, name: string): unknown =>
  name.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);

export const short = (text: string) => (text.length > LONG ? `${text.slice(0, LONG).trimEnd()}…` : text);

/** An answer to one question in words: the labels of the choices made, a number with its unit, a date. */
export function answerInWords(spec: FieldSpec, value: unknown, { full = false }: { full?: boolean } = {}): string {
  switch (spec.kind) {
    case 'checkbox':
      return value ? 'Yes' : 'No';
    case 'number':
      return typeof value === 'number' ? `${value}${spec.unit ? ` ${spec.unit}` : ''}` : NOT_ANSWERED;
    case 'date':
      return typeof value === 'string' && value ? formatLongDate(value) : NOT_ANSWERED;
    case 'choices': {
      const chosen = Array.isArray(value) ? spec.options.filter(([key]) => value.includes(key)).map(([, words]) => words) : [];
      return chosen.length ? chosen.join('; ') : 'None chosen';
    }
    case 'radios':
      return spec.options.find(([key]) => key === value)?.[1] ?? NOT_ANSWERED;
    case 'lines':
      return Array.isArray(value) && value.length ? value.join('; ') : NOT_ANSWERED;
    case 'records': {
      // Each item by its words ("Youth — A person under 18"); an agency chosen in it is named on its own page.
      const items = Array.isArray(value) ? value.map((item) => spec.fields.filter((f) => f.kind !== 'agency')
        .map((f) => answerInWords(f, at(item, f.name), { full })).filter((words) => words !== NOT_ANSWERED).join(' — ')) : [];
      return items.filter(Boolean).length ? items.filter(Boolean).join('; ') : 'None yet';
    }
    default:
      return typeof value === 'string' && value.trim() ? (full ? value.trim() : short(value.trim())) : NOT_ANSWERED;
  }
}

/** A county's chosen blocks in words, for the answers page and comparisons. */
export function approvalsInWords(approval: CountyApproval | undefined): string {
  const chosen = [approval?.countyCounsel ? 'County Counsel, approved as to form' : '', approval?.boardOfSupervisors ? 'Board of Supervisors (chair and clerk)' : ''].filter(Boolean);
  return chosen.length ? chosen.join('; ') : 'None';
}

/**
 * An item of a section's list (a service) in words after its name: its other answers, an agency
 * by its name (`agencyName`, or left out when it has none), "" when nothing more is answered.
 */
export function itemInWords(spec: Extract<FieldSpec, { kind: 'records' }>, item: unknown, agencyName: (id: unknown) => string | undefined,
  options: { full?: boolean } = {}): string {
  return spec.fields.slice(1).map((sub) => {
    const value = at(item, sub.name);
    if (sub.kind === 'agency') return agencyName(value) ?? '';
    const words = answerInWords(sub, value, options);
    return words === NOT_ANSWERED ? '' : words;
  }).filter(Boolean).join(' — ');
}
