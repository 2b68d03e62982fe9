import { describe, expect, it } from 'vitest';
import { checkDraft, hasBlocking, RULES } from '../../src/requirements';
import { buildComplianceReport, buildDocument, plainText } from '../../src/document';
import { restoreDraft, type Draft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findingsOf = (draft: Draft, ruleId: string) => checkDraft(draft, { today: TODAY }).filter((f) => f.ruleId === ruleId);

describe('a draft in progress', () => {
  it('with no county yet opens, is checked and exports as a draft, and is blocked from a final export', () => {
    const restored = restoreDraft({ format: 'csec-mou-draft', version: 3, draft: { counties: [] } });
    if (!restored.ok) throw new Error('a draft with no county must open');
    const findings = checkDraft(restored.value.draft, { today: TODAY });
    expect(findings[0]).toMatchObject({ ruleId: 'counties-named', severity: 'blocking', path: 'counties', section: 'purpose' });
    expect(hasBlocking(findings)).toBe(true);
    const doc = buildDocument(restored.value.draft, { marking: 'draft', today: TODAY, findings });
    expect(doc.meta.header).toContain('No county chosen');
  });

  it("with an agency of a county outside the protocol gets a blocking finding on that agency's county", () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[2]!.county = 'Sonoma'; });
    const [finding, ...rest] = findingsOf(draft, 'agency-county');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'blocking', recordId: draft.agencies[2]!.id, path: 'agencies.2.county' });
    expect(finding!.message).toBe("Yolo County Behavioral Health Department is an agency of Sonoma County, which is not one of this protocol’s counties (Yolo County). Add Sonoma County to the protocol or correct the agency’s county.");
  });

  it('with its county removed, says so once, on the basics page, not once for each of its agencies', () => {
    const findings = checkDraft(withChange(completeDraft(), (d) => { d.counties = []; }), { today: TODAY });
    expect(findings.filter((f) => f.ruleId === 'counties-named')).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'agency-county')).toEqual([]);
  });

  it('with an agency whose name is empty or holds nothing visible is blocked at that agency’s name', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies[1]!.name = '\u200b\u00ad';
      d.agencies[3]!.name = '  ';
    });
    expect(findingsOf(draft, 'agency-named')).toMatchObject([
      { severity: 'blocking', recordId: draft.agencies[1]!.id, path: 'agencies.1.name', section: 'roles',
        message: 'Agency 2 has no name yet, so the MOU would list it as “Unnamed agency”. Give its name, or remove it from the agencies.' },
      { recordId: draft.agencies[3]!.id, path: 'agencies.3.name' },
    ]);
  });

  it('reads an added section’s title as printed: one of invisible characters is no title', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [{ id: 'z', title: '\u2060\u00ad', after: null, text: 'Invisible title' }];
    });
    expect(findingsOf(draft, 'added-section-title')).toMatchObject([{ recordId: 'z', message: expect.stringContaining('has no title yet') }]);
  });

  it('with the oldest age screened below the youngest gets a warning at the oldest age', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.identification.maximumAge = 8; });
    expect(findingsOf(draft, 'age-range')).toMatchObject([{ severity: 'warning', path: 'sections.identification.maximumAge' }]);
  });

  it('with a section of its own added but not written, is blocked at that section’s text, on the page of the section it follows', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'local', title: 'Local resources', after: 'training', text: 'The Parties keep one list.' },
        { id: 'closing', title: '', after: null, text: '  \n ' },
      ];
    });
    expect(findingsOf(draft, 'added-section-text')).toMatchObject([{
      severity: 'blocking', recordId: 'closing', path: 'customSections.1.text', section: 'administration',
      message: 'The section added after “Dispute resolution, amendment, term and termination” has no text yet, so the MOU would print a numbered section that says nothing. Write its text, or remove the section.',
    }]);
  });

  it('with an added section untitled, or titled as another section is, warns at each such section’s title', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'closing', title: '', after: null, text: 'Last words.' },
        { id: 'local', title: 'Local resources', after: 'training', text: 'One list.' },
        { id: 'again', title: ' local  RESOURCES ', after: 'data', text: 'Another list.' },
        { id: 'outline', title: 'Training', after: 'purpose', text: 'More training.' },
        { id: 'spelled', title: 'Additional provisions', after: 'administration', text: 'Said out.' },
      ];
    });
    expect(findingsOf(draft, 'added-section-title')).toEqual([
      expect.objectContaining({ severity: 'warning', recordId: 'closing', path: 'customSections.0.title', section: 'administration',
        message: 'The section added after “Dispute resolution, amendment, term and termination” has no title yet, so the MOU and its contents call it “Additional provisions”. Give it a title that says what it holds.' }),
    ]);
    // Both of two added sections with one title are named, each with the other, so that which
    // one the MOU prints later does not decide which warning the committee sees (or accepted).
    expect(findingsOf(draft, 'added-section-unique-title')).toEqual([
      expect.objectContaining({ severity: 'warning', recordId: 'local', path: 'customSections.1.title', section: 'training',
        about: 'local resources',
        message: 'The section “Local resources” (added after “Training”) has the same title as the section “local  RESOURCES” (added after “Data collection and evaluation”), so the MOU and its contents would show two sections called “Local resources”. Give one of them a title of its own.' }),
      expect.objectContaining({ recordId: 'again', path: 'customSections.2.title', section: 'data',
        message: 'The section “local  RESOURCES” (added after “Data collection and evaluation”) has the same title as the section “Local resources” (added after “Training”), so the MOU and its contents would show two sections called “local  RESOURCES”. Give one of them a title of its own.' }),
      expect.objectContaining({ recordId: 'outline', path: 'customSections.3.title', section: 'purpose',
        message: 'The section “Training” (added after “Parties, purpose and legal authority”) has the same title as the protocol’s own section “Training”, so the MOU and its contents would show two sections called “Training”. Give it a title of its own.' }),
      // The section titled as the MOU calls an untitled one; the untitled one has its own warning.
      expect.objectContaining({ recordId: 'spelled', path: 'customSections.4.title', section: 'administration',
        message: expect.stringContaining('(1 of 2 added after “Dispute resolution, amendment, term and termination”) has the same title as the untitled section (2 of 2 added after “Dispute resolution, amendment, term and termination”), which the MOU calls “Additional provisions”'),
      }),
    ]);
    // Blocking nothing: the MOU is whole without titles.
    expect(hasBlocking(checkDraft(draft, { today: TODAY }))).toBe(false);
  });

  it('names each of several untitled sections after one section by its place among them, as the wizard does', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'b', title: '', after: 'training', text: '' },
        { id: 'a', title: '', after: 'training', text: 'Words.' },
        { id: 'c', title: '', after: 'data', text: 'Words.' },
      ];
    });
    expect(findingsOf(draft, 'added-section-title').map((f) => [f.recordId, f.message.split(' has ')[0]])).toEqual([
      ['b', 'Untitled section 1 after “Training”'],
      ['a', 'Untitled section 2 after “Training”'],
      ['c', 'The section added after “Data collection and evaluation”'],
    ]);
    expect(findingsOf(draft, 'added-section-text')).toMatchObject([{ recordId: 'b', message: expect.stringMatching(/^Untitled section 1 after “Training” has no text yet/) }]);
  });

  it('keeps an accepted title warning with its section when sections move, and apart from the other title warning', () => {
    const twins = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'first', title: 'Local resources', after: 'training', text: 'One list.' },
        { id: 'second', title: 'Local resources', after: 'training', text: 'Another list.' },
      ];
      d.acknowledgements = [{ ruleId: 'added-section-unique-title', county: null, recordId: 'first', path: null, by: 'Chair', reason: 'Two parts of one list', on: TODAY }];
    });
    const accepted = (draft: Draft) => checkDraft(draft, { today: TODAY }).filter((f) => f.acknowledged).map((f) => f.recordId);
    expect(accepted(twins)).toEqual(['first']);
    expect(accepted(withChange(twins, (d) => { d.customSections.reverse(); }))).toEqual(['first']);
    // Accepting "no title" does not accept a title taken later.
    const untitled = withChange(twins, (d) => {
      d.customSections[0]!.title = '';
      d.acknowledgements[0]!.ruleId = 'added-section-title';
    });
    expect(accepted(untitled)).toEqual(['first']);
    expect(accepted(withChange(untitled, (d) => { d.customSections[0]!.title = 'Local resources'; }))).toEqual([]);
    // Accepted as the wizard accepts it, for the title it shares: retitled into another clash, it stands again.
    const [warning] = checkDraft(twins, { today: TODAY }).filter((f) => f.ruleId === 'added-section-unique-title' && f.recordId === 'first');
    expect(warning!.about).toBe('local resources');
    const forItsTitle = withChange(twins, (d) => { d.acknowledgements[0]!.about = warning!.about; });
    expect(accepted(forItsTitle)).toEqual(['first']);
    expect(accepted(withChange(forItsTitle, (d) => { d.customSections[0]!.title = ' LOCAL resources'; }))).toEqual(['first']);
    expect(accepted(withChange(forItsTitle, (d) => { d.customSections[0]!.title = 'Training'; }))).toEqual([]);
  });

  it('counts every section that shares a title, the outline’s with the added ones', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Training', after: 'purpose', text: 'One.' },
        { id: 'b', title: 'training', after: 'training', text: 'Two.' },
      ];
    });
    expect(findingsOf(draft, 'added-section-unique-title').map((f) => f.message)[0]).toBe(
      'The section “Training” (added after “Parties, purpose and legal authority”) has the same title as the protocol’s own section “Training” and the section “training” (added after “Training”), so the MOU and its contents would show three sections called “Training”. Give one of them a title of its own.');
  });

  it('counts two titles that differ only in straight and typographic apostrophes as one, as the MOU prints them', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Youth\'s voice', after: 'purpose', text: 'One.' },
        { id: 'b', title: 'Youth\u2019s voice', after: 'training', text: 'Two.' },
      ];
    });
    expect(findingsOf(draft, 'added-section-unique-title').map((f) => f.recordId)).toEqual(['a', 'b']);
  });

  it('tells the two sections of a pair with one title apart by their places', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Recursos locales', after: 'training', text: 'Uno.' },
        { id: 'b', title: 'Recursos locales', after: 'training', text: '' },
      ];
    });
    expect(findingsOf(draft, 'added-section-unique-title').map((f) => f.message)).toEqual([
      'The section “Recursos locales” (1 of 2 added after “Training”) has the same title as the section “Recursos locales” (2 of 2 added after “Training”), so the MOU and its contents would show two sections called “Recursos locales”. Give one of them a title of its own.',
      'The section “Recursos locales” (2 of 2 added after “Training”) has the same title as the section “Recursos locales” (1 of 2 added after “Training”), so the MOU and its contents would show two sections called “Recursos locales”. Give one of them a title of its own.',
    ]);
    expect(findingsOf(draft, 'added-section-text').map((f) => f.message.split(' has ')[0])).toEqual(['The section “Recursos locales” (2 of 2 added after “Training”)']);
  });

  it('complete, has none of these findings, and they never appear in the crosswalk', () => {
    const draft = completeDraft();
    expect(checkDraft(draft, { today: TODAY })).toEqual([]);
    // The compliance report always holds the crosswalk: every other rule has its row there.
    const doc = buildComplianceReport(draft, { marking: 'draft', today: TODAY, findings: [] });
    const titles = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => plainText(row[0]!)) : []));
    const catalogue = (basis: string) => RULES.filter((rule) => rule.basis === basis).map((rule) => rule.title);
    expect(catalogue('completeness').length).toBeGreaterThan(0);
    expect(titles).toEqual(expect.arrayContaining([...catalogue('statute'), ...catalogue('practice')]));
    for (const title of catalogue('completeness')) expect(titles).not.toContain(title);
  });
});
