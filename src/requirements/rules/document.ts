import { daysBetween, formatLongDate } from '../../lib/dates';
import type { RawFinding, Rule } from '../types';
import { agencyPath } from '../partners';

/** Every string in the draft with its dotted path, so text checks can say where a phrase is. */
function* strings(value: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof value === 'string') yield [path.join('.'), value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, String(i)]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

// The terms the SB 855 reform set out to end, and plans to arrest or cite children for
// prostitution, which contradict serving them as victims (NCYL; sb855-requirements.md §4).
const PHRASES: Array<{ pattern: RegExp; describe: (match: string) => string }> = [
  { pattern: /\bchild(?:ren)? prostitut\w*/i, describe: (m) => `uses the term "${m}"` },
  { pattern: /\bjuvenile prostitut\w*/i, describe: (m) => `uses the term "${m}"` },
  { pattern: /\b(?:arrest|cite|citation)\w*\b[^.!?]{0,80}\bprostitut\w*/i, describe: () => 'describes arresting or citing youth for prostitution' },
];

const terminology: Rule = {
  id: 'terminology',
  title: 'Language treats exploited children as victims',
  citation: 'WIC 300(b)(2); NCYL framing of SB 855',
  severity: 'warning',
  section: 'definitions',
  check(draft) {
    const findings: RawFinding[] = [];
    for (const [path, value] of strings(draft)) {
      if (path.startsWith('acknowledgements.')) continue;
      for (const phrase of PHRASES) {
        const match = phrase.pattern.exec(value);
        if (!match) continue;
        findings.push({
          path,
          ...(path.startsWith('sections.') ? { section: path.split('.')[1] } : {}),
          message: `The text at ${path} ${phrase.describe(match[0])}. SB 855 treats these children as victims of abuse ("commercially sexually exploited children"), not as offenders; reword it.`,
        });
        break;
      }
    }
    return findings;
  },
};

const signatures: Rule = {
  id: 'signatures',
  title: 'Every signing agency has a signer name and title',
  citation: 'Contract practice',
  severity: 'blocking',
  section: 'signatures',
  severityNote: 'Blocks a final export only; the MOU prints a date line under each signature.',
  check(draft) {
    return draft.agencies.flatMap((agency) => {
      if (!agency.signs) return [];
      const gaps = [agency.signer.name.trim() ? null : 'name', agency.signer.title.trim() ? null : 'title'].filter(Boolean);
      if (gaps.length === 0) return [];
      return [{
        county: agency.county,
        recordId: agency.id,
        section: 'signatures',
        path: agencyPath(draft, agency, `signer.${gaps[0]}`),
        message: `${agency.name || 'A signing agency'} signs the MOU but its signer's ${gaps.join(' and ')} ${gaps.length > 1 ? 'are' : 'is'} missing.`,
      }];
    });
  },
};

const term: Rule = {
  id: 'term',
  title: 'The MOU states when it takes effect and when it ends',
  citation: 'Contract practice',
  severity: 'warning',
  section: 'administration',
  check(draft, { today, config }) {
    const findings: RawFinding[] = [];
    const at = { section: 'administration' };
    if (draft.effectiveOn === null) {
      findings.push({ ...at, path: 'effectiveOn', message: 'The MOU has no effective date. Enter the date it takes effect.' });
    }
    if (draft.endsOn === null && !draft.noEndDate) {
      findings.push({ ...at, path: 'endsOn', message: 'The MOU has no end date. Enter one, or mark that it has no end date.' });
    } else if (draft.endsOn !== null && !draft.noEndDate) {
      const left = daysBetween(today, draft.endsOn);
      if (draft.effectiveOn !== null && draft.endsOn < draft.effectiveOn) {
        findings.push({ ...at, path: 'endsOn', message: `The end date (${formatLongDate(draft.endsOn)}) is before the effective date (${formatLongDate(draft.effectiveOn)}).` });
      } else if (left < 0) {
        findings.push({ ...at, path: 'endsOn', message: `The MOU ended on ${formatLongDate(draft.endsOn)}. Set a new end date or renew it.` });
      } else if (left <= config.endingSoonDays) {
        findings.push({ ...at, path: 'endsOn', message: `The MOU ends on ${formatLongDate(draft.endsOn)}, in ${left} days. Plan its renewal.` });
      }
    }
    return findings;
  },
};

export const documentRules: Rule[] = [terminology, signatures, term];
