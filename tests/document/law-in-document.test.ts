import { describe, expect, it } from 'vitest';
import { buildComplianceReport, buildDocument, plainText, prepareExport, type MouDocument } from '../../src/document';
import type { Draft } from '../../src/model';
import { amendStatute, CALIFORNIA, checkDraft, type Statute } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const build = (draft: Draft, options: { today?: string; statute?: Statute } = {}) => {
  const today = options.today ?? TODAY;
  const statute = options.statute ? { statute: options.statute } : {};
  return buildDocument(draft, { marking: 'draft', today, findings: checkDraft(draft, { today, ...statute }), ...statute });
};

/** The compliance report, where the crosswalk always is. */
const report = (draft: Draft, options: { today?: string; statute?: Statute } = {}) => {
  const today = options.today ?? TODAY;
  const statute = options.statute ? { statute: options.statute } : {};
  return buildComplianceReport(draft, { marking: 'draft', today, findings: checkDraft(draft, { today, ...statute }), ...statute });
};

/** The document's words, one block a line. */
const text = (doc: MouDocument) => doc.blocks.map((b) => {
  switch (b.type) {
    case 'paragraph': return plainText(b.content);
    case 'list': return b.items.map(plainText).join('\n');
    case 'table': return b.rows.map((row) => row.map(plainText).join(' | ')).join('\n');
    case 'heading': return b.text;
    case 'title': return [b.text, ...b.subtitle].join('\n');
    default: return '';
  }
}).join('\n');

/** The crosswalk row of a rule, by its requirement's title: [requirement, citation, where, standing]. */
const crosswalkRow = (doc: MouDocument, title: string) =>
  doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText)) : [])).find((row) => row[0] === title);

// A fictional later text of the law, in the way AB 2451 would rewrite 16524.6–16524.10 if enacted.
const LATER: Statute = amendStatute(CALIFORNIA, '2031-01-01', {
  team: {
    value: {
      lead: CALIFORNIA.team.periods.at(-1)!.value.lead,
      partners: [...CALIFORNIA.team.periods.at(-1)!.value.partners, { role: 'district-attorney', ruleId: 'partner-district-attorney', citation: 'WIC 16524.8(a)(1)(G)', name: 'the district attorney' }],
    },
    citation: 'WIC 16524.8(a)(1), as amended by a fictional later statute',
  },
  writtenReport: { value: { ...CALIFORNIA.writtenReport.periods[0]!.value, hours: 24 }, citation: 'PC 11166(a), as amended by a fictional later statute' },
});
const withoutDistrictAttorney = completeDraft();

describe('the MOU states WIC 300(b)(2) from the statute data', () => {
  it('defines a commercially sexually exploited child once, as the data words it, and the purpose refers to that definition', () => {
    const changed = amendStatute(CALIFORNIA, '2026-01-01', { exploitedChildren: { value: { who: 'a child a fictional later text describes', describedIn: 'WIC 300(z)' }, citation: 'WIC 300(b)(2)' }, services: { value: { within: 'WIC 299' }, citation: 'WIC 16524.8(b)' } });
    const doc = text(build(completeDraft(), { statute: changed }));
    expect(doc).toContain('Commercially sexually exploited child (“CSEC”): a child described in Welfare and Institutions Code section 300(b)(2), that is, a child a fictional later text describes.');
    expect(doc).toContain('Under Welfare and Institutions Code section 300(b)(2), a commercially sexually exploited child, as section 2 of this MOU defines one, comes within the description of section 300(z)');
    expect(doc).toContain('to address the provision of services to sexually exploited children within Welfare and Institutions Code section 299, including');
    expect(doc.match(/parent or guardian failed to/g)).toBeNull();
  });
});

describe('the MOU defines "missing from foster care" as the 2024 law does', () => {
  it('from the statute data, unless the committee defines the term itself', () => {
    const doc = text(build(completeDraft()));
    expect(doc).toContain('Missing from foster care: as Welfare and Institutions Code section 16501.35, as amended by AB 2108 (Stats. 2024, ch. 660), defines it, a child in foster care whose whereabouts are unknown');
    const own = withChange(completeDraft(), (d) => { d.sections.definitions.terms.push({ term: 'Missing from care', definition: 'as our county uses it.' }); });
    expect(text(build(own))).not.toContain('Missing from foster care:');
    const changed = amendStatute(CALIFORNIA, '2026-01-01', { missingFromCare: { value: { ...CALIFORNIA.missingFromCare.periods[0]!.value, meaning: 'a fictional later meaning' }, citation: 'WIC 16501.35' } });
    expect(text(build(completeDraft(), { statute: changed }))).toContain('Missing from foster care: as Welfare and Institutions Code section 16501.35 defines it, a fictional later meaning.');
  });
});

describe('when a notice is due is kept once in the statute data', () => {
  it('the MOU, the check and the hint all follow a law that drops "immediately" from the missing-from-care notice', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.noticeWithinHours = 30; });
    const notice = CALIFORNIA.missingFromCare.periods[0]!;
    const changed = amendStatute(CALIFORNIA, '2026-01-01', { missingFromCare: { value: { ...notice.value, immediately: false }, citation: notice.citation } });
    expect(text(build(withChange(draft, (d) => { d.sections.reporting.missingYouth.noticeWithinHours = null; }), { statute: changed })))
      .toContain('they notify the following within 24 hours after learning of it:');
    const [finding] = checkDraft(draft, { today: TODAY, statute: changed }).filter((f) => f.ruleId === 'missing-youth-notice');
    expect(finding!.message).toContain('the law requires notice within 24 hours.');
    // Under the law as it is: immediately, and no later than the limit.
    expect(text(build(withChange(draft, (d) => { d.sections.reporting.missingYouth.noticeWithinHours = null; }))))
      .toContain('they notify the following immediately, and in no case later than 24 hours after learning of it:');
    expect(checkDraft(draft, { today: TODAY }).find((f) => f.ruleId === 'missing-youth-notice')!.message)
      .toContain('the law requires notice immediately and in no case later than 24 hours.');
  });
});

describe('the MOU states the law the checks enforce', () => {
  it('prints the written-report limit the check enforces, and both follow a changed parameter', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.writtenReportWithinHours = 30; });
    const stricter = amendStatute(CALIFORNIA, '2026-01-01', {
      writtenReport: { value: { hours: 20, reportTo: 'the county welfare department', firstReport: 'by telephone at once' }, citation: 'PC 11166(a)' },
    });
    expect(checkDraft(draft, { today: TODAY }).filter((f) => f.ruleId === 'mandated-report')).toEqual([]);
    // One deadline for one duty: the protocol's, sooner than the law's, which is not printed beside it.
    expect(text(build(draft))).toContain('and in writing within the time that section allows. Under this protocol the written report follows within 30 hours of receiving the information.');
    expect(text(build(draft))).not.toContain('36 hours');
    expect(text(build(withChange(draft, (d) => { d.sections.reporting.writtenReportWithinHours = null; })))).toContain('in writing within 36 hours of receiving the information.');

    const [finding] = checkDraft(draft, { today: TODAY, statute: stricter }).filter((f) => f.ruleId === 'mandated-report');
    expect(finding!.message).toContain('must report by telephone at once and send the written report within 20 hours');
    const doc = text(build(draft, { statute: stricter }));
    expect(doc).toContain('to the county welfare department, by telephone at once, and in writing within 20 hours');
    expect(doc).toContain('in writing within 20 hours of receiving the information.');
    expect(doc).toContain('This draft allows 30 hours for the written report, more than the 20 hours the law allows.');
  });

  it('follows a fictional later version of the statute by date, in the checks and in the MOU', () => {
    const before = checkDraft(withoutDistrictAttorney, { today: '2030-12-31', statute: LATER });
    const after = checkDraft(withoutDistrictAttorney, { today: '2031-01-01', statute: LATER });
    expect(before).toEqual([]);
    expect(after.map((f) => [f.ruleId, f.severity, f.citation])).toEqual([
      ['partner-district-attorney', 'blocking', 'WIC 16524.8(a)(1)(G)'],
      ['mandated-report', 'blocking', 'PC 11166(a), as amended by a fictional later statute; PC 11166.02'],
    ]);

    const earlier = text(build(withoutDistrictAttorney, { today: '2030-12-31', statute: LATER }));
    const later = text(build(withoutDistrictAttorney, { today: '2031-01-01', statute: LATER }));
    expect(earlier).toContain("the county office of education and the county sheriff’s department. ");
    expect(earlier).toContain('in writing within 36 hours');
    expect(later).toContain("the county sheriff’s department and the district attorney. ");
    expect(later).toContain('in writing within 24 hours');
    expect(crosswalkRow(report(withoutDistrictAttorney, { today: '2030-12-31', statute: LATER }), 'The district attorney took part in developing the protocol'))
      .toEqual(['The district attorney took part in developing the protocol', '—', 'Section 4', 'Not applicable (not yet in force)']);
  });

  it('states the six partners of current law, and for a 2015 protocol adds the allowance of 16524.8(c)', () => {
    const draft = withChange(completeDraft(), (d) => { d.firstDevelopedOn = '2015-10-01'; });
    const doc = text(build(draft));
    expect(doc).toContain("including representatives of the county probation department, the county mental health department, the county public health department, the juvenile court in the county, the county office of education and the county sheriff’s department.");
    expect(doc).toContain("This protocol was first developed on October\u00a01, 2015, before the county office of education and the county sheriff’s department became required members of the team on January\u00a01, 2018. Welfare and Institutions Code section 16524.8(c) allows, but does not require, such a protocol to be revised to reflect their input.");
    expect(doc).not.toMatch(/the county public health department and the juvenile court\b/);
    expect(text(build(completeDraft()))).not.toContain('16524.8(c)');
  });
});

describe('whom the MOU says the statute binds', () => {
  it('a county not in the CSEC Program: neither the cover nor the purpose claims a 16524.8 protocol', () => {
    const draft = withChange(completeDraft(), (d) => { d.participatesInCsecProgram = false; });
    const doc = build(draft);
    const cover = doc.blocks.flatMap((b) => (b.type === 'title' ? b.subtitle : []));
    expect(cover).toContain('Interagency protocol and memorandum of understanding');
    expect(text(doc)).toContain('The county has not elected to receive funds from the Commercially Sexually Exploited Children Program, so this protocol is not a protocol under Welfare and Institutions Code section 16524.8.');
    expect(text(doc)).not.toMatch(/This MOU is .*interagency protocol under/);
    expect(doc.meta.subject).not.toContain('16524.8');
  });

  it("a companion protocol states its actual lead and says it is not the county's 16524.8 protocol", () => {
    const draft = withChange(completeDraft(), (d) => {
      d.kind = 'companion';
      d.companionSetting = 'Juvenile hall';
      d.agencies.find((a) => a.roles.includes('human-services'))!.leadsTeam = false;
      d.agencies.find((a) => a.roles.includes('probation'))!.leadsTeam = true;
    });
    const doc = text(build(draft));
    expect(doc).toContain('The team that developed this protocol was led by Yolo County Probation Department');
    expect(doc).toContain("It is not the county’s interagency protocol under Welfare and Institutions Code section 16524.8");
    expect(doc).not.toMatch(/This MOU is .*interagency protocol under/);
  });

  it('the compliance report’s summary counts the advice that its section 5 lists as open', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.kind = 'companion';
      d.agencies.find((a) => a.roles.includes('sheriff'))!.tookPart = false;
    });
    const words = text(report(draft));
    expect(words).toContain('Findings still open: 0 blocking, 0 warnings, 1 advice.');
    expect(words).toContain('Advice | The county sheriff’s department took part in developing the protocol');
  });

  it('a regional companion protocol says it is no county’s 16524.8 protocol, not “the county’s”', () => {
    const draft = withChange(completeDraft(['Glenn', 'Tehama']), (d) => {
      d.kind = 'companion';
    });
    const doc = text(build(draft));
    expect(doc).toContain('It is not the interagency protocol of any county named above under Welfare and Institutions Code section 16524.8: it works alongside the protocol or protocols those counties have under that section and does not replace them.');
    expect(doc).not.toContain('the county’s interagency protocol');
  });

  it('the crosswalk gives Not applicable with the reason, never Met, for a 16524.8 rule a companion protocol fails', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.kind = 'companion';
      d.agencies = d.agencies.filter((a) => !a.roles.includes('sheriff'));
    });
    const doc = report(draft);
    expect(crosswalkRow(doc, "The county sheriff’s department took part in developing the protocol")!.at(-1)).toBe('Not applicable (companion protocol)');
    expect(crosswalkRow(doc, 'Written child-abuse report within the time the law allows')!.at(-1)).toBe('Met');
  });

  it('the report’s open findings say why advice is advice, so that none reads as a requirement of this protocol', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.kind = 'companion';
      d.agencies = d.agencies.filter((a) => !a.roles.includes('sheriff'));
    });
    const rows = report(draft).blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText)) : []));
    const sheriff = rows.find((row) => row[0] === 'Advice' && row[1] === "The county sheriff’s department took part in developing the protocol");
    expect(sheriff?.[2]).toContain('Advice only: WIC 16524.8 binds the county’s CSEC Program protocol, and this is a companion protocol.');
  });

  it('the crosswalk says Not met, with the county, for a rule that applies and fails', () => {
    const draft = withChange(completeDraft(['Lassen', 'Modoc']), (d) => { d.agencies = d.agencies.filter((a) => !(a.county === 'Modoc' && a.roles.includes('sheriff'))); });
    expect(crosswalkRow(report(draft), "The county sheriff’s department took part in developing the protocol")!.at(-1)).toBe('Not met (Modoc County)');
  });

  it('the crosswalk never says Not met for a partner 16524.8(c) lets a protocol first developed before 2018 leave out', () => {
    const draft = withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
      d.firstDevelopedOn = '2015-10-01';
      d.agencies = d.agencies.filter((a) => !(a.county === 'Modoc' && a.roles.includes('sheriff')));
    });
    const [finding] = checkDraft(draft, { today: TODAY }).filter((f) => f.ruleId === 'partner-sheriff');
    expect(finding).toMatchObject({ severity: 'warning', citation: 'WIC 16524.8(a)(1)(F); WIC 16524.8(c)', county: 'Modoc' });
    const doc = report(draft);
    expect(crosswalkRow(doc, "The county sheriff’s department took part in developing the protocol")!.at(-1))
      .toBe('Not required of this protocol (WIC 16524.8(c)); recommended for Modoc County');
    expect(text(doc)).toMatch(/Statutory requirements: \d+ met, 1 recommended, not required\./);
    // Once the committee accepts the warning, the row says who accepted it and why.
    draft.acknowledgements.push({ ruleId: 'partner-sheriff', county: 'Modoc', recordId: null, path: null, by: 'Ana Ruiz', reason: 'The sheriff joins at the next revision.', on: '2026-11-20' });
    expect(crosswalkRow(report(draft), "The county sheriff’s department took part in developing the protocol")!.at(-1))
      .toBe('Accepted by Ana Ruiz on November\u00a020, 2026 for Modoc County: The sheriff joins at the next revision.');
  });

  it('the crosswalk puts statutory requirements and recommended practice in separate tables', () => {
    const doc = report(completeDraft());
    const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings.slice(1, 3)).toEqual(['2. Statutory requirements', '3. Recommended practice']);
    const [statute, practice] = doc.blocks.filter((b) => b.type === 'table').slice(0, 2);
    const citations = (table: typeof statute) => (table?.type === 'table' ? table.rows.map((row) => plainText(row[1]!)) : []);
    expect(citations(statute).length).toBeGreaterThan(0);
    expect(citations(practice).length).toBeGreaterThan(0);
    for (const citation of citations(statute)) expect(citation).toMatch(/^(WIC|PC|SB) \d/);
    for (const citation of citations(practice)) expect(citation).toMatch(/[Rr]ecommended practice/);
    // A rule of practice is listed under practice, with its standing, and not under the statute.
    const rowTitles = (table: typeof statute) => (table?.type === 'table' ? table.rows.map((row) => plainText(row[0]!)) : []);
    expect(rowTitles(practice)).toContain('A legal authority for sharing information is cited');
    expect(rowTitles(statute)).not.toContain('A legal authority for sharing information is cited');
    expect(crosswalkRow(doc, 'A legal authority for sharing information is cited')!.at(-1)).toBe('Met');
  });
});

describe('deadlines stated in the text', () => {
  it('a 24-hour report stated only in the text: the MOU prints no second deadline for the written report', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.writtenReportWithinHours = null;
      d.sections.reporting.text = 'The written report follows within 24 hours.';
    });
    const doc = text(build(draft));
    expect(doc).toContain('and in writing within the time that section allows, as this section provides below.');
    expect(doc).not.toContain('in writing within 36 hours');
    expect(doc.match(/within \d+ hours/g)).toEqual(['within 24 hours']);
  });

  it('a 72-hour report stated in the text is not deferred to: the MOU states the law’s 36 hours, and the check warns', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.writtenReportWithinHours = null;
      d.sections.reporting.text = 'The written report follows within 72 hours.';
    });
    const doc = text(build(draft));
    expect(doc).not.toContain('as this section provides below');
    expect(doc).toContain('and in writing within 36 hours of receiving the information.');
    expect(checkDraft(draft, { today: TODAY }).map((f) => [f.ruleId, f.severity])).toContainEqual(['stated-timelines', 'warning']);
  });

  it('a missing-from-care notice stated in the text beyond 24 hours: the MOU states the law’s limit', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.missingYouth.noticeWithinHours = null;
      d.sections.reporting.text = 'Notice that a youth is missing from care is given within 48 hours.';
    });
    expect(text(build(draft))).toContain('they notify the following immediately, and in no case later than 24 hours after learning of it:');
  });

  it('says "the statewide child welfare information system" and carries no 2016 deadline', () => {
    const doc = text(build(completeDraft()));
    expect(doc).toContain('in the statewide child welfare information system, as Welfare and Institutions Code section 16501.35(a)(2) requires.');
    expect(doc).not.toMatch(/September 29, 2016|29 September 2016|on or before|CWS\/CMS|CWS-CARES/);
  });

  it('refuses a final export of a companion protocol only for the law that binds it', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.kind = 'companion';
      d.agencies = d.agencies.filter((a) => !a.roles.includes('juvenile-court'));
    });
    expect(prepareExport(draft, { final: true, today: TODAY }).ok).toBe(true);
    const late = withChange(draft, (d) => { d.sections.reporting.writtenReportWithinHours = 48; });
    const refused = prepareExport(late, { final: true, today: TODAY });
    expect(refused.ok ? [] : refused.error.map((f) => f.ruleId)).toEqual(['mandated-report']);
  });
});

describe('reports through the internet (PC 11166.02)', () => {
  it("prints the county's internet-based reporting only when the committee chose it, and no rule calls it a contradiction", () => {
    const online = (allowed: boolean) => withChange(completeDraft(), (d) => {
      d.sections.reporting.internetReporting = allowed;
      d.sections.reporting.text = 'Reports with no immediate risk are made online through the county portal.';
    });
    const clause = 'a report may instead be made through the county’s internet-based reporting system, as Penal Code section 11166.02 allows.';
    expect(checkDraft(online(true), { today: TODAY })).toEqual([]);
    expect(text(build(online(true)))).toContain(clause);
    expect(text(build(online(false)))).not.toContain('internet-based reporting system');
    // In a regional protocol, each county's welfare agency runs its own (PC 11166.02): the one that receives the report.
    const regional = withChange(online(true), (d) => {
      d.counties = ['Glenn', 'Tehama'];
    });
    const regionalText = text(build(regional));
    expect(regionalText).toContain('a report may instead be made through the internet-based reporting system of the county welfare agency that receives the report, as Penal Code section 11166.02 allows.');
    expect(regionalText).not.toContain('the county’s internet-based');
  });
});
