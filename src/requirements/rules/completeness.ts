import {
  addedSectionsAfter, describeCounties, headingKey, SECTION_KEYS, SECTION_OUTLINE, sectionBefore, UNTITLED_SECTION_TITLE,
  type CustomSection, type Draft, type SectionKey,
} from '../../model';
import { capitalise, listInWords } from '../../lib/words';
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
  title: "Every agency belongs to one of the protocol’s counties",
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
      message: `${agency.name.trim() || 'An agency'} is an agency of ${agency.county} County, which is not one of this protocol’s counties (${describeCounties(draft.counties)}). Add ${agency.county} County to the protocol or correct the agency’s county.`,
    }));
  },
};

// An agency without a name prints as "Unnamed agency", a Party nobody could sign for; its name is
// read as the documents print it, so one of zero-width spaces is no name either.
const agencyNamed: Rule = {
  id: 'agency-named',
  title: 'Every agency has a name',
  basis: 'completeness',
  severity: 'blocking',
  section: 'roles',
  citation: () => CITATION,
  check(draft) {
    return draft.agencies.flatMap((agency, index) => (agency.name.trim() ? [] : [{
      recordId: agency.id,
      path: agencyPath(draft, agency, 'name'),
      message: `Agency ${index + 1} has no name yet, so the MOU would list it as “Unnamed agency”. Give its name, or remove it from the agencies.`,
    }]));
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
      message: `${capitalise(addedSectionInWords(draft, section))} has no text yet, so the MOU would print a numbered section that says nothing. Write its text, or remove the section.`,
    }]));
  },
};

// The MOU and its contents list sections by their titles: an added section without one, or with
// one that another section already has, cannot be told apart from it there ("13. Additional
// provisions" twice). Warnings: the MOU is whole without them, and the committee may accept them.
// Two rules, so that accepting "no title" does not also accept a title that is taken.
const addedSectionTitle: Rule = {
  id: 'added-section-title',
  title: 'Every section the committee added has a title',
  basis: 'completeness',
  severity: 'warning',
  section: 'administration',
  citation: () => CITATION,
  check(draft) {
    return draft.customSections.flatMap((section, index) => (section.title.trim() ? [] : [{
      recordId: section.id,
      path: `customSections.${index}.title`,
      section: sectionBefore(section),
      message: `${capitalise(addedSectionInWords(draft, section))} has no title yet, so the MOU and its contents call it “${UNTITLED_SECTION_TITLE}”. Give it a title that says what it holds.`,
    }]));
  },
};

const addedSectionUniqueTitle: Rule = {
  id: 'added-section-unique-title',
  title: 'No section the committee added has the title of another section',
  basis: 'completeness',
  severity: 'warning',
  section: 'administration',
  citation: () => CITATION,
  check(draft) {
    // Each added section that shares its heading (its words in any case and spacing) is named,
    // not only the later of two: which is later changes as sections move, and an accepted warning
    // must stay with its section. It is accepted for the title it has: retitled into another
    // clash, the warning stands again.
    const outline = new Map(SECTION_OUTLINE.map((s) => [headingKey(s.title), `the protocol’s own section “${s.title}”`]));
    const heading = (section: CustomSection) => headingKey(section.title.trim() || UNTITLED_SECTION_TITLE);
    return draft.customSections.flatMap((section, index) => {
      const title = section.title.trim();
      const twins = inPrintOrder(draft).filter((other) => other !== section && heading(other) === heading(section));
      const inOutline = outline.get(heading(section));
      const others = [...(inOutline ? [inOutline] : []), ...twins.map((twin) => (twin.title.trim() ? addedSectionInWords(draft, twin, true)
        : `the untitled section (${placeOf(draft, twin)}), which the MOU calls “${UNTITLED_SECTION_TITLE}”`))];
      if (!title || others.length === 0) return [];
      const other = listInWords(others);
      const fix = inOutline && twins.length === 0 ? 'Give it a title of its own.' : 'Give one of them a title of its own.';
      const count = 1 + others.length;
      return [{
        recordId: section.id,
        path: `customSections.${index}.title`,
        section: sectionBefore(section),
        about: heading(section),
        message: `${capitalise(addedSectionInWords(draft, section, true))} has the same title as ${other}, so the MOU and its contents would show ${COUNTS[count] ?? count} sections called “${title}”. ${fix}`,
      }];
    });
  },
};

/**
 * An added section in a finding's words: the section “Local resources”, with its place where
 * another added section has its title or `placed` asks for it ("the section “Local resources”
 * (2 of 3 added after “Training”)"); until it has a title, the section added after “Training”
 * ("untitled section 2 after “Training”" where that page holds several, as the wizard numbers
 * them). Sections are named by title, not number: the MOU numbers its sections anew around the
 * added ones, and the compliance report puts these words beside the MOU's numbers.
 */
function addedSectionInWords(draft: Draft, section: CustomSection, placed = false): string {
  const title = section.title.trim();
  const after = sectionBefore(section);
  if (title) {
    const shared = draft.customSections.some((other) => other !== section && headingKey(other.title) === headingKey(title));
    return placed || shared ? `the section “${title}” (${placeOf(draft, section)})` : `the section “${title}”`;
  }
  const untitled = addedSectionsAfter(draft, after).filter((c) => !c.title.trim());
  return untitled.length > 1 ? `untitled section ${untitled.indexOf(section) + 1} after ${titleOf(after)}` : `the section added after ${titleOf(after)}`;
}

/** Where an added section stands among those on its page: "2 of 3 added after “Training”". */
function placeOf(draft: Draft, section: CustomSection): string {
  const after = sectionBefore(section);
  const onPage = addedSectionsAfter(draft, after);
  return `${onPage.length > 1 ? `${onPage.indexOf(section) + 1} of ${onPage.length} ` : ''}added after ${titleOf(after)}`;
}

/** An outline section by its title in quotes: “Training”. */
const titleOf = (key: SectionKey): string => `“${SECTION_OUTLINE.find((s) => s.key === key)!.title}”`;

const COUNTS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine' };

/** The added sections in the order the MOU prints them. */
const inPrintOrder = (draft: Draft) => SECTION_KEYS.flatMap((key) => addedSectionsAfter(draft, key));

export const completenessRules: Rule[] = [countiesNamed, agencyCounty, agencyNamed, ageRange, addedSectionText, addedSectionTitle, addedSectionUniqueTitle];
