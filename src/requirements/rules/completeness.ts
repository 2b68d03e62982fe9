import { describeCounties, sectionBefore, sectionLabel } from '../../model';
import { agencyPath } from '../partners';
import type { Rule } from '../types';

// What a finished protocol must hold together, which a draft in progress may not yet: these were
// refusals at the door, and a half-typed draft must still open (STYLE.md habit 13).
const CITATION = 'Completeness of the draft (not a legal requirement)';

const countiesNamed: Rule = {
  id: 'counties-named',
  title: 'The protocol names its county or counties',
  basis: 'completeness',
  severity: 'blocking',
  section: 'purpose',
  citation: () => CITATION,
  check(draft) {
    if (draft.counties.length > 0) return [];
    return [{ path: 'counties', message: 'The protocol names no county yet. Choose its county, or the counties of a regional protocol.' }];
  },
};

const agencyCounty: Rule = {
  id: 'agency-county',
  title: "Every agency belongs to one of the protocol's counties",
  basis: 'completeness',
  severity: 'blocking',
  section: 'roles',
  citation: () => CITATION,
  check(draft) {
    // The checks go county by county, so an agency of another county would count for nothing.
    // With no county yet, the finding to fix is that one (counties-named), on the basics page:
    // each agency's would lead to a county question its page does not ask.
    if (draft.counties.length === 0) return [];
    return draft.agencies.filter((a) => !draft.counties.includes(a.county)).map((agency) => ({
      recordId: agency.id,
      path: agencyPath(draft, agency, 'county'),
      message: `${agency.name.trim() || 'An agency'} is an agency of ${agency.county} County, which is not one of this protocol's counties (${describeCounties(draft.counties)}). Add ${agency.county} County to the protocol or correct the agency's county.`,
    }));
  },
};

const ageRange: Rule = {
  id: 'age-range',
  title: 'The ages screened run from youngest to oldest',
  basis: 'completeness',
  severity: 'warning',
  section: 'identification',
  citation: () => CITATION,
  check(draft) {
    const { minimumAge, maximumAge } = draft.sections.identification;
    if (minimumAge === null || maximumAge === null || minimumAge <= maximumAge) return [];
    return [{ path: 'sections.identification.maximumAge', message: `The oldest age screened (${maximumAge}) is below the youngest (${minimumAge}). Correct one of them.` }];
  },
};

// A section the committee added prints its title and number whatever it holds: without a text, a
// signed MOU would carry a numbered section that says nothing.
const addedSectionText: Rule = {
  id: 'added-section-text',
  title: 'Every section the committee added has its text',
  basis: 'completeness',
  severity: 'blocking',
  section: 'administration',
  citation: () => CITATION,
  check(draft) {
    return draft.customSections.flatMap((section, index) => (section.text.trim() ? [] : [{
      recordId: section.id,
      path: `customSections.${index}.text`,
      section: sectionBefore(section),
      message: `The section ${section.title.trim() ? `“${section.title.trim()}”` : `added after ${sectionLabel(sectionBefore(section))}`} has no text yet, so the MOU would print a numbered section that says nothing. Write its text, or remove the section.`,
    }]));
  },
};

export const completenessRules: Rule[] = [countiesNamed, agencyCounty, ageRange, addedSectionText];
