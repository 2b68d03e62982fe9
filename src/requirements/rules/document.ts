import { daysBetween, formatLongDate } from '../../lib/dates';
import { listInWords } from '../../lib/words';
import type { Draft } from '../../model';
import { citationInWords } from '../law/in-force';
import { findChargePlan } from '../text/charge-plans';
import { asSeen } from '../text/sentences';
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

// The terms the SB 855 reform set out to end (NCYL; sb855-requirements.md §4), however the words
// are spaced: a no-break space or a line break between them as well.
const TERMS = [/\bchild(?:ren)?\s+prostitut\w*/i, /\bjuvenile\s+prostitut\w*/i];

/** The committee's words: every string but the acknowledgements, with its path and section. */
function* committeeText(draft: Draft): Generator<{ path: string; value: string; section?: string }> {
  for (const [path, value] of strings(draft)) {
    if (path.startsWith('acknowledgements.')) continue;
    yield { path, value, ...(path.startsWith('sections.') ? { section: path.split('.')[1] } : {}) };
  }
}

const terminology: Rule = {
  id: 'terminology',
  title: 'Language treats exploited children as victims',
  basis: 'practice',
  severity: 'warning',
  section: 'definitions',
  citation: (law) => `Recommended practice: the reform’s own language${law.exploitedChildren ? ` (${law.exploitedChildren.citation} names these children “commercially sexually exploited children”)` : ''}`,
  check(draft) {
    const findings: RawFinding[] = [];
    for (const { path, value, section } of committeeText(draft)) {
      const match = TERMS.map((term) => term.exec(asSeen(value))).find((m) => m !== null);
      if (!match) continue;
      findings.push({
        path,
        ...(section ? { section } : {}),
        message: `This text uses the term “${match[0].replace(/\s+/g, ' ')}”. SB 855 treats these children as victims of abuse (“commercially sexually exploited children”), not as offenders; reword it.`,
      });
    }
    return findings;
  },
};

const minorsNotCharged: Rule = {
  id: 'minors-not-charged',
  title: 'No plan to arrest, cite or charge a minor for prostitution or loitering',
  basis: 'statute',
  severity: 'warning',
  section: 'reporting',
  citation: (law) => law.minorsNotCharged?.citation ?? null,
  check(draft, { law }) {
    const { offences: cited, underAge } = law.minorsNotCharged!.value;
    const offences = listInWords(cited.map(citationInWords));
    const findings: RawFinding[] = [];
    for (const { path, value, section } of committeeText(draft)) {
      const plan = findChargePlan(value);
      if (plan === null) continue;
      findings.push({
        path,
        ...(section ? { section } : {}),
        message: `This text plans to arrest, cite or charge a minor for prostitution or loitering (“${plan}”). ${offences} do not apply to a person under ${underAge}; serve the child as a victim instead and reword it.`,
      });
    }
    return findings;
  },
};

const signatures: Rule = {
  id: 'signatures',
  title: 'Every signing agency has a signer name and title',
  basis: 'practice',
  citation: () => 'Recommended practice: county contract practice',
  severity: 'blocking',
  section: 'signatures',
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
        // Practice, not law, and still blocking: the reader is told why (the catalogue's severity).
        message: `${agency.name || 'A signing agency'} signs the MOU but its signer’s ${gaps.join(' and ')} ${gaps.length > 1 ? 'are' : 'is'} missing. No law requires ${gaps.length > 1 ? 'them' : 'it'}, but a final MOU cannot print the agency’s signature block without ${gaps.length > 1 ? 'them' : 'it'}.`,
      }];
    });
  },
};

const term: Rule = {
  id: 'term',
  title: 'The MOU states when it takes effect and when it ends',
  basis: 'practice',
  citation: () => 'Recommended practice: county contract practice',
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

export const documentRules: Rule[] = [terminology, minorsNotCharged, signatures, term];
