import { describe, expect, it } from 'vitest';
import { buildComplianceReport, buildDocument, buildSignatureStatus, plainText, typographic, type Block, type MouDocument } from '../../src/document';
import { nameSaysCounty } from '../../src/document/view/agencies';
import { applyEdit, contentHash, type Draft } from '../../src/model';
import { checkDraft } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const build = (draft: Draft, marking: 'draft' | 'final' = 'draft') =>
  buildDocument(draft, { marking, today: TODAY, findings: checkDraft(draft, { today: TODAY }) });
const report = (draft: Draft, marking: 'draft' | 'final' = 'draft') =>
  buildComplianceReport(draft, { marking, today: TODAY, findings: checkDraft(draft, { today: TODAY }) });

const headings = (doc: MouDocument, level?: number) =>
  doc.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && (level === undefined || b.level === level)).map((b) => b.text);

/** All the document's text, one block a line, for searching. */
const text = (doc: MouDocument) => doc.blocks.map((b) => {
  switch (b.type) {
    case 'paragraph': return plainText(b.content);
    case 'list': return b.items.map(plainText).join('\n');
    case 'table': return [...b.header, ...b.rows.flat()].map(plainText).join(' | ');
    case 'signature': return `${b.agency} ${b.signerName} ${b.signerTitle}`;
    case 'heading': case 'title': return b.text;
    default: return '';
  }
}).join('\n');

describe('the signature status sheet', () => {
  it('lists a signature of an earlier text, changed since, as such, and does not count it', () => {
    const certify = { kind: 'certify', by: 'Dana Cruz', on: '2026-11-20' } as const;
    const certified = applyEdit(completeDraft(), certify);
    const [first, second] = certified.agencies.filter((a) => a.signs);
    let draft = applyEdit(applyEdit(certified, { kind: 'signature', agencyId: first!.id, signedOn: '2026-11-24' }), { kind: 'signature', agencyId: second!.id, signedOn: '2026-11-25' });
    draft = applyEdit(applyEdit(draft, { kind: 'reopen' }), { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Every year' });
    draft = applyEdit(applyEdit(draft, certify), { kind: 'signature', agencyId: second!.id, signedOn: '2026-11-30' });
    const sheet = text(buildSignatureStatus(draft, { today: TODAY }));
    const signing = draft.agencies.filter((a) => a.signs).length;
    expect(sheet).toContain(`1 of ${signing} signing agencies have signed the MOU. Signatures of an earlier text, changed since, are listed but not counted: each of those agencies must sign this text.`);
    expect(sheet).toContain(`${first!.name} | Jordan Lee, Director | Signed an earlier text | November\u00a024, 2026`);
    expect(sheet).toContain(`${second!.name} | Jordan Lee, Director | Signed | November\u00a030, 2026`);
    expect(sheet).toContain(contentHash(draft));
  });
});

describe('buildDocument', () => {
  it('sets out the roles of agencies that do not sign after the Parties’, and does not call them Parties', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.roles.text = '';
      d.agencies[0]!.signs = false;
    });
    const blocks = build(draft).blocks;
    const from = blocks.findIndex((b) => b.type === 'heading' && b.text === '9. Roles and responsibilities');
    const to = blocks.findIndex((b, i) => i > from && b.type === 'heading' && b.level === 1);
    const roles = blocks.slice(from + 1, to);
    const said = (b: Block) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? plainText(b.content) : '');
    const apart = roles.findIndex((b) => said(b) === 'The following agencies are not Parties to this MOU. What each does under this protocol is set out for the Parties’ information.');
    const agencyHeadings = (part: Block[], level: number) => part.filter((b) => b.type === 'heading' && b.level === level).map(said);
    // Printed as the documents set them, apostrophes typographic.
    const names = (signs: boolean) => draft.agencies.filter((a) => a.signs === signs).map((a) => typographic(a.name));
    expect(names(false)).toContain(draft.agencies[0]!.name);
    expect(said(roles[0]!)).toBe('Each Party takes on the responsibilities set out below, in addition to those stated elsewhere in this MOU.');
    expect(agencyHeadings(roles.slice(0, apart), 2)).toEqual([...names(true), 'Agencies that are not Parties']);
    // The agencies that do not sign stand under a heading of their own, the note that introduces them with it.
    expect(said(roles[apart - 1]!)).toBe('Agencies that are not Parties');
    expect(agencyHeadings(roles.slice(apart), 3)).toEqual(names(false));
  });

  it('sets the section’s own text on the teams under a heading of its own, after the last team', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.mdt.text = 'Every team meets by video when members cannot travel.'; });
    const blocks = build(draft).blocks;
    const said = blocks.findIndex((b) => b.type === 'paragraph' && plainText(b.content) === 'Every team meets by video when members cannot travel.');
    const heading = blocks.slice(0, said).reverse().find((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
    expect(heading).toMatchObject({ level: 2, text: 'How the teams work', source: { section: 'mdt' } });
    expect(heading!.source).not.toHaveProperty('recordId');
  });

  it('prints the fourteen outline sections and the signatures, numbered in order, and the crosswalk only as an exhibit when chosen', () => {
    expect(headings(build(completeDraft()), 1)).toEqual([
      '1. Parties, purpose and legal authority', '2. Definitions', '3. Guiding principles', '4. Governance',
      '5. Identification and screening', '6. Reporting and immediate response', '7. Multidisciplinary teams',
      '8. Services to exploited children and youth', '9. Roles and responsibilities',
      '10. Information sharing and confidentiality', '11. Training', '12. Data collection and evaluation',
      '13. Funding and allowable uses', '14. Dispute resolution, amendment, term and termination', '15. Signatures',
    ]);
    const withExhibit = build(withChange(completeDraft(), (d) => { d.complianceExhibit = true; }));
    expect(headings(withExhibit, 1).at(-1)).toBe('Exhibit A. Compliance crosswalk');
    expect(headings(withExhibit, 2).slice(-2)).toEqual(['Statutory requirements', 'Recommended practice']);
    expect(text(withExhibit)).toContain('This exhibit informs the Parties; it adds no obligation to this MOU.');
  });

  it('places a section the committee added after the one it names and renumbers those after it', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [{ id: 'soc', title: 'System of Care', after: 'roles', text: 'Works with the AB 2083 MOU.' }];
      d.sections.governance.reviewCadence = 'annually';
    });
    const doc = build(draft);
    expect(headings(doc, 1).slice(8, 11)).toEqual(['9. Roles and responsibilities', '10. System of Care', '11. Information sharing and confidentiality']);
    expect(text(doc)).toContain('proposes any amendments, which are made as section 15 provides.');
  });

  it('keeps user text literal: braces, hashes, angle brackets, ampersands and newlines', () => {
    const typed = 'Use {{name}} & <b>not</b> # markup\nSecond line';
    const doc = build(withChange(completeDraft(), (d) => { d.sections.funding.text = typed; }));
    const funding = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === '13. Funding and allowable uses');
    const paragraph = doc.blocks.slice(funding).find((b) => b.type === 'paragraph' && plainText(b.content).includes('{{name}}'));
    expect(paragraph).toEqual({ type: 'paragraph', style: 'body', content: [
      { type: 'text', text: 'Use {{name}} & <b>not</b> # markup' }, { type: 'break' }, { type: 'text', text: 'Second line' },
    ], source: { section: 'funding' } });
  });

  it('prints text as the checks read it: composed, one line where asked on one, and a name of nothing visible as none', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies[0]!.name = 'Departamento de Salud Pu\u0301blica';
      d.agencies[1]!.name = '\u200b';
      d.agencies[1]!.signer.title = 'Chief\r\nProbation\tOfficer\n\n\nof the County';
      d.customSections = [{ id: 'w', title: 'Local\nresources', after: 'purpose', text: 'Alpha\u2028Beta\u2029Gamma\u0085Delta' }];
    });
    const doc = build(draft);
    expect(headings(doc, 1)[1]).toBe('2. Local resources');
    const signatures = doc.blocks.filter((b) => b.type === 'signature');
    expect(signatures.map((b) => b.agency)).toContain('Departamento de Salud Pública');
    expect(signatures.find((b) => b.agency === 'Unnamed agency')).toMatchObject({ signerTitle: 'Chief Probation Officer of the County' });
    const added = doc.blocks.filter((b) => b.type === 'paragraph' && b.source?.recordId === 'w').map((b) => b.type === 'paragraph' ? b.content : []);
    expect(added).toEqual([
      [{ type: 'text', text: 'Alpha' }, { type: 'break' }, { type: 'text', text: 'Beta' }],
      [{ type: 'text', text: 'Gamma' }, { type: 'break' }, { type: 'text', text: 'Delta' }],
    ]);
  });

  it('lists the parties county by county for a regional protocol', () => {
    const doc = build(completeDraft(['Monterey', 'San Benito', 'Santa Cruz']));
    expect(headings(doc, 3)).toEqual(expect.arrayContaining(['Monterey County', 'San Benito County', 'Santa Cruz County']));
    expect(text(doc)).toContain('which join in one regional protocol for Monterey, San Benito and Santa Cruz counties');
  });

  it('prints one signature block per signing agency and lists those that took part without signing', () => {
    const draft = completeDraft();
    const doc = build(draft);
    const signatures = doc.blocks.filter((b) => b.type === 'signature');
    expect(signatures).toHaveLength(7);
    // Each names the agency's record, so that the preview can open that agency.
    expect(signatures[0]).toEqual({ type: 'signature', agency: 'Yolo County Department of Social Services', county: '', signerName: 'Jordan Lee', signerTitle: 'Director',
      source: { section: 'agencies', recordId: 'yolo-human-services' } });
    expect(signatures.map((b) => b.source?.recordId)).toEqual(draft.agencies.filter((a) => a.signs).map((a) => a.id));
    expect(headings(doc, 2)).toContain('Participating agencies that do not sign');
    expect(text(doc)).toContain('Yolo County Superior Court, Juvenile Division');
  });

  it('adds each county’s chosen approval blocks after the Parties’ signatures, and none unless chosen', () => {
    const regional = completeDraft(['Lassen', 'Modoc']);
    const approvals = (draft: Draft) => {
      const blocks = build(draft).blocks;
      const from = blocks.findIndex((b) => b.type === 'heading' && b.text === 'County approvals');
      return from < 0 ? [] : blocks.slice(from + 1).flatMap((b) => (b.type === 'signature' ? [[b.agency, b.signerTitle, b.keepWithNext ?? false]] : []));
    };
    expect(approvals(regional)).toEqual([]);
    const chosen = { ...regional, countyApprovals: [{ county: 'Modoc' as const, countyCounsel: true, boardOfSupervisors: true }, { county: 'Lassen' as const, countyCounsel: true, boardOfSupervisors: false }] };
    // A county's blocks are kept on one page: each but its last is kept with the next.
    expect(approvals(chosen)).toEqual([
      ['Approved as to form: Lassen County Counsel', 'County Counsel', false],
      ['Approved as to form: Modoc County Counsel', 'County Counsel', true],
      ['Modoc County Board of Supervisors', 'Chair, Board of Supervisors', true],
      ['Attest: Clerk of the Modoc County Board of Supervisors', 'Clerk of the Board', false],
    ]);
    // The Parties' blocks still name their agencies' records; the approval blocks name none.
    const signatures = build(chosen).blocks.filter((b) => b.type === 'signature');
    expect(signatures.filter((b) => b.source?.recordId).length).toBe(regional.agencies.filter((a) => a.signs).length);
  });

  it('names the county under a regional signature only when the agency’s name does not say it', () => {
    const draft = withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
      d.agencies.find((a) => a.id === 'modoc-survivor-organization')!.name = 'High Desert Survivor Collective';
    });
    const counties = build(draft).blocks.flatMap((b) => (b.type === 'signature' ? [[b.agency, b.county]] : []));
    expect(counties).toContainEqual(['High Desert Survivor Collective', 'Modoc']);
    expect(counties).toContainEqual(['Modoc County Probation Department', '']);
  });

  it('reads a name as saying its county only by the county’s whole name with “County”, never by a word that holds it', () => {
    expect(nameSaysCounty('Lake County Sheriff’s Office', 'Lake')).toBe(true);
    expect(nameSaysCounty('County of Lake Department of Social Services', 'Lake')).toBe(true);
    expect(nameSaysCounty('SAN LUIS OBISPO  COUNTY Probation', 'San Luis Obispo')).toBe(true);
    // Found by a review: "Clearlake" holds "lake", and its signature block lost its county.
    expect(nameSaysCounty('Clearlake Police Department', 'Lake')).toBe(false);
    expect(nameSaysCounty('Lakeport Unified School District', 'Lake')).toBe(false);
    expect(nameSaysCounty('Sierra Countywide Services', 'Sierra')).toBe(false);
    expect(nameSaysCounty('Napa Valley College', 'Napa')).toBe(false);
    expect(nameSaysCounty('Anything', '')).toBe(false);
  });

  it('shows the MDT tiers as a table with a header row', () => {
    const table = build(completeDraft()).blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.header.map(plainText)).toEqual(['Team', 'Convened by', 'When it meets', 'Provides']);
    expect(table?.type === 'table' && table.rows[0]!.map(plainText)).toEqual([
      'Immediate response MDT', 'Yolo County Department of Social Services', 'Within 72 hours of identification',
      'Coordinated case management, service planning and services',
    ]);
  });

  it('gives the compliance report each requirement, its section, and an accepted warning with who, when and why', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.training.audiences = ['county-childrens-services-workers'];
      d.acknowledgements = [{ ruleId: 'training', county: null, recordId: null, path: null, by: 'Dana Cho', reason: 'Caregivers are trained by the FFA.', on: '2026-11-02' }];
    });
    const doc = report(draft);
    expect(headings(doc, 1)).toEqual(['1. Summary', '2. Statutory requirements', '3. Recommended practice', '4. Accepted warnings', '5. Findings still open']);
    expect(doc.meta.title).toBe(`Compliance report: ${draft.title}`);
    // The kind of protocol is set off from the counties by a dash: a companion protocol's own colon made two in a row.
    const subtitles = (d: Draft) => report(d).blocks.flatMap((b) => (b.type === 'title' ? b.subtitle : []));
    expect(subtitles(draft)[1]).toBe('Yolo County — CSEC Program protocol');
    expect(subtitles(withChange(draft, (d) => { d.kind = 'companion'; d.companionSetting = 'Juvenile hall'; }))[1]).toBe('Yolo County — Companion protocol: Juvenile hall');
    const rows = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText)) : []));
    expect(rows).toContainEqual(['Training reaches the people the CSEC Program funds training for', 'Dana Cho', 'November\u00a02, 2026', 'Caregivers are trained by the FFA.']);
    // The findings still open, each with its kind, citation and section; here the training warning is accepted, so none is.
    expect(checkDraft(draft, { today: TODAY }).filter((f) => !f.acknowledged)).toEqual([]);
    expect(text(doc)).toContain('No finding is open.');
    expect(rows).toContainEqual(['The team is led by the county human services department, which took part', 'WIC 16524.8(a)(1)', 'Section 4', 'Met']);
    // A date in a finding's message keeps its month with its day, as every date the documents print.
    const ending = report(withChange(draft, (d) => { d.noEndDate = false; d.endsOn = '2026-12-20'; }));
    expect(ending.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText).join(' | ')) : [])).find((row) => row.includes('The MOU ends on')))
      .toContain('The MOU ends on December\u00a020, 2026');
    expect(rows).toContainEqual([
      'Training reaches the people the CSEC Program funds training for', 'WIC 16524.7(a)(3)', 'Section 11',
      'Accepted by Dana Cho on November\u00a02, 2026: Caregivers are trained by the FFA.',
    ]);
    // Quotes typed straight print as Word would set them, in the crosswalk as in the table of accepted warnings.
    const quoted = report(withChange(draft, (d) => { d.acknowledgements[0]!.by = 'Dana Cho, "Lead"'; d.acknowledgements[0]!.reason = "The FFA's training."; }));
    const quotedRows = quoted.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText)) : []));
    expect(quotedRows).toContainEqual(['Training reaches the people the CSEC Program funds training for', 'Dana Cho, “Lead”', 'November\u00a02, 2026', 'The FFA’s training.']);
    expect(quotedRows.find((row) => row[1] === 'WIC 16524.7(a)(3)' && row[0]!.startsWith('Training reaches'))?.[3]).toBe('Accepted by Dana Cho, “Lead” on November\u00a02, 2026: The FFA’s training.');
  });

  it('marks a draft as a draft on its first page and in its properties, and a final not at all', () => {
    const draft = build(completeDraft());
    expect(draft.meta.marking).toBe('draft');
    // A centred line: its date never breaks, so it never ends at "November 28," with the year below.
    expect(text(draft)).toContain('DRAFT produced November\u00a028,\u00a02026,');
    expect(text(report(completeDraft()))).toContain('this report shows where it stood on November\u00a028,\u00a02026.');
    const final = build(completeDraft(), 'final');
    expect(final.meta.marking).toBe('final');
    expect(text(final)).not.toContain('DRAFT');
  });

  it('fills the document properties from the draft', () => {
    expect(build(completeDraft(['Lassen', 'Modoc'])).meta).toMatchObject({
      title: 'Interagency Protocol for Commercially Sexually Exploited Children',
      author: 'Lassen County Department of Social Services and Modoc County Department of Social Services',
      header: 'Lassen and Modoc counties — CSEC interagency protocol',
      createdOn: TODAY,
    });
  });
});

describe('a part the committee has not written yet', () => {
  it('says so under the steering committee heading, rather than leaving it empty', () => {
    const NOTE = 'The committee has not yet set out how its steering committee works.';
    const empty = withChange(completeDraft(), (d) => { d.sections.governance.steeringCommittee = ''; d.sections.governance.reviewCadence = null; });
    const blocks = build(empty).blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Steering committee');
    expect(at).toBeGreaterThan(0);
    expect(blocks[at + 1]).toMatchObject({ type: 'paragraph', style: 'note', content: [{ type: 'text', text: 'Drafting note: ', bold: true }, { type: 'text', text: NOTE }] });
    const written = (change: (d: Draft) => void) => text(build(withChange(empty, change)));
    expect(written((d) => { d.sections.governance.steeringCommittee = 'It meets every quarter.'; })).not.toContain(NOTE);
    expect(written((d) => { d.sections.governance.reviewCadence = 'annually'; })).not.toContain(NOTE);
  });
});
