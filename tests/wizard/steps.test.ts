import { describe, expect, it } from 'vitest';
import { checkDraft, RULES, type Finding } from '../../src/requirements';
import { mouSectionNumber, SECTION_OUTLINE, sectionBefore } from '../../src/model';
import { buildDocument } from '../../src/document';
import { askedOnAPage, placeInWords } from '../../src/wizard/places';
import { addedSectionAt, addedSectionName, addedSectionsOn } from '../../src/wizard/record-names';
import { placeInList } from '../../src/wizard/use-list-edits';
import { fieldCandidates, fieldId, recordOfFinding, stepOfFinding, stepStatus, STEPS } from '../../src/wizard/steps';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findings = (draft: ReturnType<typeof completeDraft>) => checkDraft(draft, { today: TODAY });
const only = (list: Finding[], ruleId: string) => {
  const found = list.filter((f) => f.ruleId === ruleId);
  expect(found, `one finding of ${ruleId}`).toHaveLength(1);
  return found[0]!;
};

describe('the steps of the wizard', () => {
  it('has the basics, the agencies and each of the outline’s fourteen sections, in order', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['basics', 'agencies', 'purpose', 'definitions', 'principles', 'governance', 'identification',
      'reporting', 'mdt', 'services', 'roles', 'informationSharing', 'training', 'data', 'funding', 'administration']);
  });

  it('sends each finding to the page that holds its field, whatever section its rule belongs to', () => {
    const partnerMissing = withChange(completeDraft(), (d) => {
      d.agencies.find((a) => a.roles.includes('probation'))!.tookPart = false;
    });
    const tookPart = only(findings(partnerMissing), 'partner-probation');
    expect(tookPart.section).toBe('governance');
    expect(stepOfFinding(tookPart)).toBe('agencies');
    expect(fieldCandidates(tookPart)[0]).toBe('f-agencies-1-tookPart');

    expect(stepOfFinding({ path: 'sections.reporting.missingYouth.notifies', section: 'reporting' })).toBe('reporting');
    expect(stepOfFinding({ path: 'counties', section: 'purpose' })).toBe('basics');
    expect(stepOfFinding({ path: 'endsOn', section: 'administration' })).toBe('administration');
    expect(stepOfFinding({ path: 'mdtTiers.0', section: 'mdt' })).toBe('mdt');
    expect(stepOfFinding({ path: 'agencies.2.responsibilities', section: 'roles' })).toBe('roles');
    expect(stepOfFinding({ section: 'signatures' })).toBe('agencies');
  });

  it('opens the page of the agency whose question a finding is about, and the list for the whole list', () => {
    const draft = completeDraft();
    expect(recordOfFinding({ path: 'agencies.1.tookPart', section: 'roles' }, draft)).toBe(draft.agencies[1]!.id);
    expect(recordOfFinding({ path: 'agencies.1', section: 'signatures' }, draft)).toBe(draft.agencies[1]!.id);
    // Responsibilities are asked on the roles step, for every agency on one page.
    expect(recordOfFinding({ path: 'agencies.1.responsibilities', section: 'roles' }, draft)).toBeNull();
    expect(recordOfFinding({ path: 'agencies', section: 'roles' }, draft)).toBeNull();
    expect(recordOfFinding({ path: `agencies.${draft.agencies.length}.name`, section: 'roles' }, draft)).toBeNull();
    expect(recordOfFinding({ path: 'counties', section: 'purpose' }, draft)).toBeNull();
  });

  it('opens the page of a section’s item by its place, while the section holds it', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.definitions.terms = [{ term: 'Youth', definition: '' }, { term: 'Advocate', definition: '' }];
    });
    expect(recordOfFinding({ path: 'sections.definitions.terms.1.definition', section: 'definitions' }, draft)).toBe('terms.1');
    expect(recordOfFinding({ path: 'sections.definitions.terms.2.definition', section: 'definitions' }, draft)).toBeNull();
    expect(recordOfFinding({ path: 'sections.definitions.terms', section: 'definitions' }, draft)).toBeNull();
    expect(recordOfFinding({ path: 'sections.definitions.text', section: 'definitions' }, draft)).toBeNull();
  });

  it('names a field’s control after its path, and falls back from a field to its record', () => {
    expect(fieldId('sections.reporting.missingYouth.noticeWithinHours')).toBe('f-sections-reporting-missingYouth-noticeWithinHours');
    expect(fieldCandidates({ path: 'mdtTiers.2.convenes' })).toEqual(['f-mdtTiers-2-convenes', 'f-mdtTiers-2', 'f-mdtTiers']);
  });

  it('tags a step as needing attention while a blocking finding is on it, and completed once answered with none', () => {
    const complete = completeDraft();
    expect(stepStatus(complete, findings(complete), 'agencies')).toBe('completed');
    expect(stepStatus(complete, findings(complete), 'funding')).toBe('not-started');
    const noSheriff = withChange(complete, (d) => {
      d.agencies = d.agencies.filter((a) => !a.roles.includes('sheriff'));
    });
    expect(stepStatus(noSheriff, findings(noSheriff), 'agencies')).toBe('needs-attention');
    const late = withChange(complete, (d) => {
      d.sections.reporting.writtenReportWithinHours = 72;
    });
    expect(stepStatus(late, findings(late), 'reporting')).toBe('needs-attention');
    // A section of the committee's own on a step's page is work begun there.
    const added = withChange(complete, (d) => { d.customSections = [{ id: 'x', title: 'Local funds', after: 'funding', text: 'The county adds its own.' }]; });
    expect(stepStatus(added, findings(added), 'funding')).toBe('completed');
  });
});

describe('the places findings name', () => {
  it('says an agency’s field in words, by the agency’s name', () => {
    const draft = withChange(completeDraft(['Mendocino']), (d) => {
      d.agencies.find((a) => a.roles.includes('probation'))!.tookPart = false;
    });
    expect(placeInWords(only(findings(draft), 'partner-probation'), draft)).toBe('Mendocino County Probation Department: took part');
  });

  it('names a section’s question by its label, never its dotted path', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.missingYouth.noticeWithinHours = 48;
    });
    const place = placeInWords({ path: 'sections.reporting.missingYouth.noticeWithinHours', section: 'reporting' }, draft);
    expect(place).toBe('Section 6. Reporting and immediate response: notice that a youth is missing from care is given within');
    expect(placeInWords({ path: 'counties', section: 'purpose' }, draft)).toBe('Protocol basics: county or counties');
    expect(placeInWords({ path: 'endsOn', section: 'administration' }, draft)).toBe('Section 14. Dispute resolution, amendment, term and termination: end date');
    expect(placeInWords({ path: 'mdtTiers.0', section: 'mdt' }, draft)).toBe('MDT tier “Immediate response MDT”');
  });

  it('says the number the MOU gives a section when sections the committee added before it move it on, as the compliance report numbers it', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Servicios locales', after: 'services', text: 'Uno.' },
        { id: 'b', title: 'At the end', after: null, text: 'Two.' },
      ];
    });
    expect(placeInWords({ path: 'sections.reporting.missingYouth.noticeWithinHours', section: 'reporting' }, draft)).toBe('Section 6. Reporting and immediate response: notice that a youth is missing from care is given within');
    expect(placeInWords({ path: 'sections.training.audiences', section: 'training' }, draft)).toMatch(/^Section 11\. Training \(section 12 in the MOU\): /);
    expect(placeInWords({ path: 'endsOn', section: 'administration' }, draft)).toBe('Section 14. Dispute resolution, amendment, term and termination (section 15 in the MOU): end date');
    expect(placeInWords({ path: 'mdtTiers', section: 'mdt' }, draft)).toBe('Section 7. Multidisciplinary teams: the tiers');
    expect(placeInWords({ path: '', section: 'signatures' }, draft)).toBe('Section 15. Signatures (section 17 in the MOU)');
    // The numbers are the MOU's own: each outline heading of the document says the same.
    const headings = buildDocument(draft, { marking: 'draft', today: TODAY, findings: [] }).blocks
      .flatMap((b) => (b.type === 'heading' && b.level === 1 ? [b.text] : []));
    for (const section of SECTION_OUTLINE) {
      expect(headings).toContain(`${mouSectionNumber(draft, section.key)}. ${section.title}`);
    }
  });

  it('names an accepted warning by its title, not by its place in the draft’s list, and says how to change it', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.acknowledgements = [
        { ruleId: 'no-such-rule', county: null, recordId: null, path: null, by: 'Ana Ruiz, Chair', reason: 'Agreed.', on: TODAY },
        { ruleId: RULES[0]!.id, county: 'Yolo', recordId: null, path: null, by: 'Sam Ortiz 🙂, Chair', reason: 'Agreed.', on: TODAY },
      ];
    });
    const how = ' (to change it, withdraw the acknowledgement among the findings and accept the warning again)';
    expect(placeInWords({ path: 'acknowledgements.1.by' }, draft)).toBe(`The accepted warning “${RULES[0]!.title}” (Yolo County): who accepts it${how}`);
    expect(placeInWords({ path: 'acknowledgements.0.reason' }, draft)).toBe(`An accepted warning: why it is acceptable${how}`);
  });

  it('names a record whose name is only invisible characters as one without a name', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [{ id: 'z', title: '\u200b', after: 'training', text: '' }];
      d.agencies[1]!.name = '\u2060 ';
    });
    expect(placeInWords({ path: 'customSections.0.text', section: 'training', recordId: 'z' }, draft)).toBe('Untitled section after 11. Training: text');
    expect(placeInWords({ path: 'agencies.1.name', section: 'roles', recordId: draft.agencies[1]!.id }, draft)).toBe('Agency 2: name');
  });

  it('tells apart two added sections with one title by their places on their page', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Recursos locales', after: 'training', text: 'Uno.' },
        { id: 'b', title: 'recursos  LOCALES', after: 'training', text: 'Dos.' },
        { id: 'c', title: 'Other', after: 'training', text: 'Tres.' },
      ];
    });
    expect(placeInWords({ path: 'customSections.1.title', section: 'training', recordId: 'b' }, draft)).toBe('Added section “recursos  LOCALES” (2 of 3 after 11. Training): title');
    expect(placeInWords({ path: 'customSections.0.title', section: 'training', recordId: 'a' }, draft)).toBe('Added section “Recursos locales” (1 of 3 after 11. Training): title');
    expect(placeInWords({ path: 'customSections.2.title', section: 'training', recordId: 'c' }, draft)).toBe('Added section “Other”: title');
  });

  it('never shows a dotted path for any finding of a draft with many problems', () => {
    const draft = withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
      d.agencies = d.agencies.filter((a, i) => i % 3 !== 0);
      d.mdtTiers[0]!.convenes = null;
      d.sections.reporting.writtenReportWithinHours = 72;
      d.effectiveOn = null;
      d.noEndDate = false;
    });
    const all = findings(draft);
    expect(all.length).toBeGreaterThan(5);
    for (const finding of all) expect(placeInWords(finding, draft)).not.toMatch(/\w\.\w|\.\d/);
  });
});

describe('which places a link can open', () => {
  it('opens the pages that ask a question, not the parts only a draft file holds', () => {
    expect(['agencies.2.signer.name', 'sections.definitions.terms.0.term', 'title', 'mdtTiers.0.name', 'customSections.0.title'].map(askedOnAPage)).toEqual([true, true, true, true, true]);
    expect(['acknowledgements.1.reason', 'approvals.0.by'].map(askedOnAPage)).toEqual([false, false]);
  });

  it('opens an added section on the page of the section it follows, at its own page', () => {
    const draft = withChange(completeDraft(['Napa']), (d) => {
      d.customSections = [
        { id: 'section-1', title: 'Local resources', after: 'training', text: '' },
        { id: 'section-2', title: 'Closing words', after: null, text: '' },
      ];
    });
    const finding = { path: 'customSections.1.text', section: sectionBefore(draft.customSections[1]!) };
    expect(stepOfFinding(finding)).toBe('administration');
    expect(recordOfFinding(finding, draft)).toBe('section-2');
    expect(recordOfFinding({ path: 'customSections.0.title', section: 'training' }, draft)).toBe('section-1');
    // Listed in the MOU's order: those placed after the last section, then those at the end of the body.
    expect(addedSectionsOn(draft, 'administration').map(({ index }) => index)).toEqual([1]);
    expect(addedSectionsOn(draft, 'training').map(({ section }) => section.title)).toEqual(['Local resources']);
    expect(addedSectionAt(draft, 'training', 'section-1')).toBe(0);
    expect(addedSectionAt(draft, 'data', 'section-1')).toBe(-1);
  });

  it('names an untitled added section by where it stands, the same on its page, in its list and in the findings', () => {
    const draft = withChange(completeDraft(['Napa']), (d) => {
      d.customSections = [
        { id: 'a', title: '', after: 'training', text: '' },
        { id: 'b', title: 'Local resources', after: 'training', text: 'Text.' },
        { id: 'c', title: ' ', after: null, text: 'Text.' },
        { id: 'd', title: '', after: 'administration', text: 'Text.' },
      ];
    });
    expect(draft.customSections.map((_, index) => addedSectionName(draft, index))).toEqual([
      'Untitled section after 11. Training',
      'Local resources',
      // The last section's page lists those placed after it, then those at the end of the body.
      'Untitled section 2 after 14. Dispute resolution, amendment, term and termination',
      'Untitled section 1 after 14. Dispute resolution, amendment, term and termination',
    ]);
    const [finding] = findings(draft).filter((f) => f.ruleId === 'added-section-text');
    expect(placeInWords(finding!, draft)).toBe('Untitled section after 11. Training: text');
  });
});

describe('moving a record among those a page lists', () => {
  it('moves it one place on the page, wherever the records stand in the whole list', () => {
    // A plain list: the page's order is the list's.
    expect(placeInList([0, 1, 2], 0, 1)).toBe(1);
    expect(placeInList([0, 1, 2], 2, 1)).toBe(1);
    // The last section's page: one placed after it (list place 1) above two at the end of the
    // body (0 and 2). Up past it, the first of those goes to the head of the list, before it.
    expect(placeInList([1, 0, 2], 1, 0)).toBe(0);
    // Down past the first, the one placed after the section lands after it, not where it was.
    expect(placeInList([1, 0, 2], 0, 1)).toBe(1);
    // The last on the page, first in the list, moves up past the one that is last in the list.
    expect(placeInList([1, 2, 0], 2, 1)).toBe(1);
  });
});
