import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, contentHash, DRAFT_FORMAT, DRAFT_VERSION, describeRestoreError, draftSchema, inCsecProgram, restoreDraft, serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';
import { jsonFailure } from '../../src/model/file-text';
import { jsonErrorAt } from '../../src/model/json-error';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const envelope = (draft: unknown, version = DRAFT_VERSION) => ({ format: DRAFT_FORMAT, version, draft });

describe('restoreDraft', () => {
  it('reads back what serializeDraft wrote, unchanged', () => {
    const draft = completeDraft(['Monterey', 'Santa Cruz']);
    const restored = restoreDraft(serializeDraft(draft, { savedAt: new Date('2026-11-28T10:00:00Z') }));
    expect(restored).toEqual({ ok: true, value: {
      draft, fileVersion: DRAFT_VERSION, envelopeExtras: {}, repairs: [], integrity: 'verified', savedAt: '2026-11-28T10:00:00.000Z', appVersion: APP_VERSION,
    } });
  });

  it('writes the app’s version, the same as package.json’s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(JSON.parse(serializeDraft(completeDraft())).appVersion).toBe(pkg.version);
  });
});

describe('the checksum a draft file carries', () => {
  const text = serializeDraft(completeDraft(['Napa']));
  const integrity = (input: string | object) => {
    const restored = restoreDraft(input);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    return restored.value.integrity;
  };

  it('matches the content however the file is indented', () => {
    expect(JSON.parse(text).checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(integrity(text)).toBe('verified');
    expect(integrity(JSON.stringify(JSON.parse(text)))).toBe('verified');
  });

  it('does not match once one character of an answer is changed by hand', () => {
    expect(integrity(text.replace('Napa County Sheriff', 'Napa County Sherif'))).toBe('mismatch');
    expect(integrity(text.replace('"title": "', '"title": "X'))).toBe('mismatch');
  });

  it('is absent from files written before checksums, which open as before', () => {
    const { checksum: _checksum, ...older } = JSON.parse(text) as Record<string, unknown>;
    expect(integrity(older)).toBe('absent');
  });

  it('is not kept as an unknown envelope field, so a saved copy carries a fresh one', () => {
    const restored = restoreDraft(text.replace('"title": "', '"title": "X'));
    expect(restored.ok && restored.value.envelopeExtras).toEqual({});
  });

  it('fills every missing field with its default', () => {
    const restored = restoreDraft(envelope({ counties: ['Napa'], agencies: [{ id: 'a1', county: 'Napa' }] }));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft } = restored.value;
    expect(draft.kind).toBe('csec-program');
    expect(draft.agencies[0]).toMatchObject({ roles: [], tookPart: false, signs: false, signer: { name: '', title: '' } });
    expect(draft.sections.reporting.missingYouth).toEqual({ noticeWithinHours: null, notifies: [], otherContacts: [] });
    expect(draft.acknowledgements).toEqual([]);
  });

  it('keeps fields it does not know, in the envelope, the draft and nested records', () => {
    const restored = restoreDraft({
      ...envelope({ counties: ['Napa'], futureField: { a: 1 }, agencies: [{ id: 'a1', county: 'Napa', badge: 'x' }],
        sections: { training: { audiences: [], hoursPerYear: 8 } } }),
      signature: 'abc',
    });
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const draft = restored.value.draft as Record<string, unknown> & typeof restored.value.draft;
    expect(draft.futureField).toEqual({ a: 1 });
    expect(draft.agencies[0]).toMatchObject({ badge: 'x' });
    expect(draft.sections.training).toMatchObject({ hoursPerYear: 8 });
    expect(restored.value.envelopeExtras).toEqual({ signature: 'abc' });
    expect(serializeDraft(draft, { envelopeExtras: restored.value.envelopeExtras })).toContain('"signature": "abc"');
  });

  it('migrates a version 1 file: one county becomes a list, one role becomes a list', () => {
    const restored = restoreDraft(fixture('draft-v1.csecmou.json'));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft, fileVersion } = restored.value;
    expect(fileVersion).toBe(1);
    expect(draft.counties).toEqual(['Yolo']);
    expect(draft.agencies.length).toBeGreaterThan(0);
    for (const agency of draft.agencies) {
      expect(agency.county).toBe('Yolo');
      expect(agency.roles).toHaveLength(1);
      expect(agency).not.toHaveProperty('role');
    }
    expect(draft).not.toHaveProperty('county');
    expect(draft).toMatchObject({ legacyNote: 'kept' });
  });

  it('migrates a version 2 file: the human-services-lead role becomes the human services role and a recorded lead', () => {
    const restored = restoreDraft(fixture('draft-v2.csecmou.json'));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft, fileVersion } = restored.value;
    expect(fileVersion).toBe(2);
    const lead = draft.agencies.find((a) => a.id === 'lassen-css')!;
    expect(lead).toMatchObject({ roles: ['human-services'], leadsTeam: true });
    expect(draft.agencies.filter((a) => a.leadsTeam).map((a) => a.id)).toEqual(['lassen-css']);
    expect(draft.agencies.some((a) => (a.roles as string[]).includes('human-services-lead'))).toBe(false);
    expect(draft.sections.governance).not.toHaveProperty('leadAgencyId');
    // Version 2 told NCMEC of every missing youth: that covers the report of a child at risk.
    expect(draft.sections.reporting.missingCseReport).toEqual({ reportWithinHours: 48, reportsTo: ['law-enforcement', 'ncmec'] });
    expect(draft.acknowledgements.map((a) => a.ruleId)).toEqual(['optional-partners', 'missing-youth-notice']);
  });

  it('migrates a version 3 file: it chose no county approval blocks, and nothing else changes', () => {
    const text = fixture('draft-v3.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(3);
    expect(restored.value.repairs).toEqual([]);
    const { countyApprovals, ...draft } = restored.value.draft;
    expect(countyApprovals).toEqual([]);
    const { countyApprovals: _none, ...before } = draftSchema.parse((JSON.parse(text) as { draft: unknown }).draft);
    expect(draft).toEqual(before);
  });

  it('migrates a version 4 file: the compliance crosswalk is no longer an exhibit of its MOU, and nothing else changes', () => {
    const text = fixture('draft-v4.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(4);
    expect(restored.value.repairs).toEqual([]);
    const { complianceExhibit, ...draft } = restored.value.draft;
    expect(complianceExhibit).toBe(false);
    expect(draft.countyApprovals).toEqual([{ county: 'Mendocino', countyCounsel: true, boardOfSupervisors: true }]);
    const { complianceExhibit: _none, ...before } = draftSchema.parse((JSON.parse(text) as { draft: unknown }).draft);
    expect(draft).toEqual(before);
  });

  it('migrates a version 5 file: not certified, so open for editing, and nothing else changes', () => {
    const text = fixture('draft-v5.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(5);
    expect(restored.value.repairs).toEqual([]);
    const { certification, ...draft } = restored.value.draft;
    expect(certification).toBeNull();
    expect(draft.complianceExhibit).toBe(true);
    const { certification: _none, ...before } = draftSchema.parse((JSON.parse(text) as { draft: unknown }).draft);
    expect(draft).toEqual(before);
  });

  it('migrates a version 6 file: no comments or verdicts yet, and nothing else changes', () => {
    const text = fixture('draft-v6.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(6);
    expect(restored.value.repairs).toEqual([]);
    const { comments, sectionReviews, ...draft } = restored.value.draft;
    expect([comments, sectionReviews]).toEqual([[], []]);
    expect(draft.signatures).toEqual([{ agencyId: 'hhsa-fcs', signedOn: '2026-11-30' }]);
    const { comments: _c, sectionReviews: _r, ...before } = draftSchema.parse((JSON.parse(text) as { draft: unknown }).draft);
    expect(draft).toEqual(before);
  });

  it('migrates a version 7 file: its comments as first written, none withdrawn, and nothing else changes', () => {
    const text = fixture('draft-v7.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(7);
    expect(restored.value.repairs).toEqual([]);
    expect(restored.value.draft.comments).toEqual([expect.objectContaining({ id: 'c-7f3a', editedAt: null, status: 'resolved', statusBy: 'Dana Cruz' })]);
    expect(restored.value.draft.sectionReviews).toHaveLength(1);
    expect(restored.value.draft).toEqual(draftSchema.parse((JSON.parse(text) as { draft: unknown }).draft));
  });

  it('migrates a version 8 file: its one answer on the CSEC Program holds for every county, and its certification still holds', () => {
    const text = fixture('draft-v8.csecmou.json');
    const restored = restoreDraft(text);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.fileVersion).toBe(8);
    expect(restored.value.repairs).toEqual([]);
    const { draft } = restored.value;
    expect(draft).not.toHaveProperty('countiesNotInCsecProgram');
    expect(draft.counties.every((county) => inCsecProgram(draft, county))).toBe(true);
    // The hash was computed by the version 8 app: the new field, absent, leaves it as it was.
    expect(draft.certification?.contentHash).toBe('sha256:5cd38db6172c9e6aba852702e149dbdad3b5798e3ca65c8d3d3ad3a40c6567dc');
    expect(contentHash(draft)).toBe(draft.certification?.contentHash);
  });

  it('drops a county outside the program that the protocol does not cover, or named twice, with a note', () => {
    const restored = restoreDraft(envelope({ counties: ['Lassen', 'Modoc'], countiesNotInCsecProgram: ['Modoc', 'Yolo', 'Modoc'] }));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.draft.countiesNotInCsecProgram).toEqual(['Modoc']);
    expect(restored.value.repairs).toEqual([
      { kind: 'note', text: 'Removed Yolo County from the counties not in the CSEC Program: the protocol does not cover it.' },
      { kind: 'note', text: 'Removed Modoc County from the counties not in the CSEC Program, where it was named a second time.' },
    ]);
  });

  it('says a county outside the program that is no California county is not one', () => {
    const { draft, repairs } = repaired({ counties: ['Lassen', 'Modoc'], countiesNotInCsecProgram: ['modoc'] });
    expect(repairs).toEqual([{ kind: 'unusable', path: 'countiesNotInCsecProgram.0', record: null, value: '"modoc"', reason: 'is not a California county' }]);
    expect(draft.countiesNotInCsecProgram).toEqual([]);
  });

  it.each([
    ['a companion protocol', { kind: 'companion', counties: ['Lassen', 'Modoc'] }, 'a companion protocol is no county’s CSEC Program protocol.'],
    ['a protocol outside the program', { participatesInCsecProgram: false, counties: ['Lassen', 'Modoc'] }, 'the protocol says that none of its counties has elected the program.'],
    ['a protocol of one county', { counties: ['Modoc'] }, 'the protocol covers one county and says that it has elected the program.'],
    ['every county of a region', { counties: ['Modoc', 'Lassen'] }, 'every county of the protocol was listed, while it says its counties have elected the program. Each is read as in the program;'],
  ])('drops the counties outside the program of %s, where the app does not ask them, with a note', (_name, basics, why) => {
    const restored = restoreDraft(envelope({ ...basics, countiesNotInCsecProgram: basics.counties }));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.draft).not.toHaveProperty('countiesNotInCsecProgram');
    expect(restored.value.repairs).toEqual([{ kind: 'note', text: expect.stringContaining(`Removed the counties recorded as not in the CSEC Program: ${why}`) as string }]);
  });

  it('drops approval blocks for a county the protocol does not cover, or chosen twice, with a note', () => {
    const restored = restoreDraft(envelope({
      counties: ['Napa'],
      countyApprovals: [{ county: 'Napa', countyCounsel: true }, { county: 'Yolo', boardOfSupervisors: true }, { county: 'Napa', boardOfSupervisors: true }],
    }));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.draft.countyApprovals).toEqual([{ county: 'Napa', countyCounsel: true, boardOfSupervisors: false }]);
    expect(restored.value.repairs).toEqual([
      { kind: 'note', text: 'Removed the approval blocks chosen for Yolo County, which is not in this protocol.' },
      { kind: 'note', text: 'Removed the approval blocks chosen for Napa County a second time.' },
    ]);
  });

  it('keeps a version 2 coordinating agency that did not lead the team as a sentence of the governance text', () => {
    const restored = restoreDraft(envelope({
      counties: ['Napa'],
      agencies: [
        { id: 'hs', county: 'Napa', name: 'Napa HHSA', roles: ['human-services-lead'] },
        { id: 'p', county: 'Napa', name: 'Napa Probation', roles: ['probation'] },
      ],
      sections: { governance: { leadAgencyId: 'p', steeringCommittee: 'Meets monthly.' } },
    }, 2));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft } = restored.value;
    expect(draft.agencies.map((a) => [a.id, a.leadsTeam])).toEqual([['hs', true], ['p', false]]);
    expect(draft.sections.governance.steeringCommittee).toBe('Napa Probation coordinates this protocol and convenes the steering committee.\n\nMeets monthly.');
  });

  it('records a version 2 companion protocol\'s coordinating agency as its lead when no human services lead was named', () => {
    const restored = restoreDraft(envelope({
      counties: ['Napa'], kind: 'companion',
      agencies: [{ id: 'p', county: 'Napa', name: 'Napa Probation', roles: ['probation'] }],
      sections: { governance: { leadAgencyId: 'p' } },
    }, 2));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    expect(restored.value.draft.agencies[0]).toMatchObject({ id: 'p', leadsTeam: true });
  });

  it('does not change the object it was given while migrating', () => {
    const input = envelope({ county: 'Yolo', agencies: [{ id: 'p', role: 'probation' }] }, 1);
    const before = structuredClone(input);
    expect(restoreDraft(input).ok).toBe(true);
    expect(input).toEqual(before);
  });

  it('refuses a file from a newer version, naming that version when the file does, and says what to do as each surface words it', () => {
    const restored = restoreDraft(envelope({ counties: ['Napa'] }, DRAFT_VERSION + 1));
    expect(restored).toEqual({ ok: false, error: { kind: 'versionTooNew', version: DRAFT_VERSION + 1, app: null } });
    if (!restored.ok) {
      expect(describeRestoreError(restored.error)).toBe(`This draft was saved by a newer version of the app: its file version is ${DRAFT_VERSION + 1}, and this app (${APP_VERSION}) reads up to ${DRAFT_VERSION}. Open it with that version of the app or a later one. Your current work has not been changed.`);
      expect(describeRestoreError(restored.error, { openWithNewer: 'Update it.' })).toContain(`reads up to ${DRAFT_VERSION}. Update it. Your current`);
    }
    const named = restoreDraft({ ...envelope({ counties: ['Napa'] }, DRAFT_VERSION + 1), appVersion: ' 0.3.0 ' });
    expect(named).toEqual({ ok: false, error: { kind: 'versionTooNew', version: DRAFT_VERSION + 1, app: '0.3.0' } });
    if (!named.ok) expect(describeRestoreError(named.error)).toContain('saved by a newer version of the app (0.3.0): its file version');
  });

  it('refuses text that is not JSON', () => {
    const restored = restoreDraft('{"format": "csec-mou-draft", ');
    expect(restored.ok).toBe(false);
    if (!restored.ok) {
      expect(restored.error.kind).toBe('invalidJson');
      expect(describeRestoreError(restored.error)).toMatch(/^This file is not valid JSON/);
    }
  });

  it('says where a hand-edited file stops being JSON, as a line and column, never in the parser’s words', () => {
    const text = '{\n  "format": "csec-mou-draft",\n  "draft": { "title": "Napa" },\n}\n';
    const restored = restoreDraft(text);
    expect(restored).toMatchObject({ ok: false, error: { kind: 'invalidJson', at: { line: 4, column: 1 } } });
    if (!restored.ok) {
      const words = describeRestoreError(restored.error);
      expect(words).toBe('This file is not valid JSON, so it cannot be a saved draft: it goes wrong at line 4, column 1. If it was edited by hand, look there and just before it for a missing comma, bracket or quotation mark. Your current work has not been changed.');
    }
    const cut = restoreDraft('{"format": "csec-mou-draft", ');
    if (!cut.ok) expect(describeRestoreError(cut.error)).toContain('it ends before its JSON does');
    // An empty file is said to be empty, not cut short.
    for (const empty of ['', '\uFEFF', ' \n\t ']) {
      const none = restoreDraft(empty);
      expect(none).toMatchObject({ ok: false, error: { kind: 'invalidJson', empty: true } });
      if (!none.ok) expect(describeRestoreError(none.error)).toBe('This file is not valid JSON, so it cannot be a saved draft: the file is empty. The app never saves an empty file, so choose another copy of it. Your current work has not been changed.');
    }
  });

  // Found by reading the text, not the parser's words: V8 names no place for a comma before a
  // closing bracket ("Unexpected token ']'"), the commonest slip of a hand edit.
  it.each([
    ['a missing comma', '{\n  "a": 1 "b": 2}', { at: { line: 2, column: 10 } }],
    ['a comma before a closing bracket', '{\n  "a": [\n    "Mendocino",\n  ]\n}', { at: { line: 4, column: 3 } }],
    ['a comma before a closing brace', '{\n  "a": 1,\n}', { at: { line: 3, column: 1 } }],
    ['NaN', '{"version": NaN}', { at: { line: 1, column: 13 } }],
    ['single quotes', "{'a': 1}", { at: { line: 1, column: 2 } }],
    ['a line break inside a string', '{"a": "one\ntwo"}', { at: { line: 1, column: 11 } }],
    ['a bad escape', '{"a": "C:\\x"}', { at: { line: 1, column: 11 } }],
    ['a leading zero', '{"a": 012}', { at: { line: 1, column: 8 } }],
    ['text after the JSON', '{"a": 1} x', { at: { line: 1, column: 10 } }],
    ['a text cut short after a comma', '{\n  "a": 1,\n', { endsEarly: true }],
    ['a text cut short in a string', '{"a": "one', { endsEarly: true }],
    ['a no-break space after a whole text, which is no JSON space', '{"a": 1}\u00a0', { at: { line: 1, column: 9 } }],
  ])('finds the place of %s', (_slip, text, place) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonFailure(text)).toEqual(place);
  });

  it('finds no place in a text that is JSON, and gives none, without throwing, for nesting deeper than its stack', () => {
    for (const text of ['{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"], "b": {}}', '[]', ' 0 ', '"x"']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorAt(text)).toBeNull();
    }
    expect(jsonErrorAt(`${'['.repeat(200_000)}`)).toBeNull();
  });

  it.each([
    ['another app’s JSON', { type: 'excalidraw', elements: [] }, 'has no "format" field'],
    ['a different format', { format: 'tldraw', version: 1 }, 'Its format is "tldraw"'],
    ['a JSON array', [1, 2], 'does not hold a JSON object'],
    ['null', null, 'does not hold a JSON object'],
    ['a draft with a broken version', { format: DRAFT_FORMAT, version: 'two', draft: {} }, 'not a whole number'],
    ['an envelope with no draft', { format: DRAFT_FORMAT, version: 2 }, 'no "draft" object'],
  ])('refuses %s as not a draft', (_name, input, detail) => {
    const restored = restoreDraft(input);
    expect(restored.ok).toBe(false);
    if (!restored.ok) {
      expect(restored.error.kind).toBe('notADraft');
      expect(describeRestoreError(restored.error)).toContain(detail);
    }
  });

  const repaired = (draft: unknown) => {
    const restored = restoreDraft(envelope(draft));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    return restored.value;
  };

  it('opens a draft with values it cannot use, dropping each with a note that says where it was and why', () => {
    const { draft, repairs } = repaired({
      counties: ['Napa', 'Gotham'], effectiveOn: '2026-02-30',
      agencies: [{ id: 'a', county: 'Napa', name: 'Napa Probation', tookPart: 'yes', roles: ['probation', 'wizard'] }],
    });
    expect(draft.counties).toEqual(['Napa']);
    expect(draft.effectiveOn).toBeNull();
    expect(draft.agencies[0]).toMatchObject({ name: 'Napa Probation', tookPart: false, roles: ['probation'] });
    expect(repairs).toEqual([
      { kind: 'unusable', path: 'counties.1', record: null, value: '"Gotham"', reason: 'is not a California county' },
      { kind: 'unusable', path: 'effectiveOn', record: null, value: '"2026-02-30"', reason: 'could not be used (use a real calendar date written as YYYY-MM-DD)' },
      { kind: 'unusable', path: 'agencies.0.roles.1', record: 'Napa Probation', value: '"wizard"', reason: 'is not one of the choices' },
      { kind: 'unusable', path: 'agencies.0.tookPart', record: 'Napa Probation', value: '"yes"', reason: 'is not a yes-or-no answer' },
    ]);
  });

  it('opens a half-finished draft with no county yet, leaving it to the checks', () => {
    const { draft, repairs } = repaired({ counties: [] });
    expect(draft.counties).toEqual([]);
    expect(repairs).toEqual([]);
  });

  it('opens a draft whose agency belongs to a county outside the protocol, and whose ages are out of order', () => {
    const { draft, repairs } = repaired({ counties: ['Napa'], agencies: [{ id: 'a', county: 'Sonoma' }], sections: { identification: { minimumAge: 12, maximumAge: 10 } } });
    expect(draft.agencies[0]!.county).toBe('Sonoma');
    expect(draft.sections.identification).toMatchObject({ minimumAge: 12, maximumAge: 10 });
    expect(repairs).toEqual([]);
  });

  it('keeps a county named twice once, and says so', () => {
    expect(repaired({ counties: ['Napa', 'Napa'] })).toMatchObject({ draft: { counties: ['Napa'] }, repairs: [{ kind: 'countyTwice', county: '"Napa"' }] });
  });

  it('gives a new id to a record whose id is blank or used twice, and says so', () => {
    const { draft, repairs } = repaired({ counties: ['Napa'], agencies: [{ id: 'a', county: 'Napa' }, { id: 'a', county: 'Napa' }], mdtTiers: [{ id: '   ' }] });
    expect(draft.agencies.map((a) => a.id)).toEqual(['a', 'agency-1']);
    expect(draft.mdtTiers[0]!.id).toBe('tier-1');
    expect(repairs).toEqual([
      { kind: 'newId', path: 'agencies.1', record: null, was: '"a"' },
      { kind: 'newId', path: 'mdtTiers.0', record: null, was: null },
    ]);
  });

  it('drops a record whose required value cannot be used: an agency of a county that does not exist', () => {
    const { draft, repairs } = repaired({ counties: ['Napa'], agencies: [{ id: 'a', county: 'Gotham', name: 'Gotham PD' }, { id: 'b', county: 'Napa' }] });
    expect(draft.agencies.map((a) => a.id)).toEqual(['b']);
    expect(repairs).toEqual([
      { kind: 'unusable', path: 'agencies.0.county', record: 'Gotham PD', value: '"Gotham"', reason: 'is not a California county' },
      { kind: 'recordDropped', path: 'agencies.0', record: 'Gotham PD', needs: 'county' },
    ]);
  });

  it.each([
    ['a custom section placed after a section that does not exist', { counties: ['Napa'], customSections: [{ id: 'c', after: 'appendix' }] }, { kind: 'unusable', path: 'customSections.0.after', value: '"appendix"' }],
    ['a custom section in a language the documents cannot be set in', { counties: ['Napa'], customSections: [{ id: 'c', title: 'Notes', lang: 'zh' }] }, { kind: 'unusable', path: 'customSections.0.lang', value: '"zh"' }],
    ['an acknowledgement with a blank reason', { counties: ['Napa'], acknowledgements: [{ ruleId: 'term', by: 'Ann', reason: ' ' }] }, { kind: 'recordDropped', path: 'acknowledgements.0', needs: 'reason' }],
  ])('opens a draft with %s, dropping it with a note', (_name, draft, note) => {
    expect(repaired(draft).repairs).toContainEqual(expect.objectContaining(note));
  });

  it('keeps its notes short when the value it drops is long', () => {
    const { repairs } = repaired({ counties: ['Napa'], effectiveOn: 'x'.repeat(100_000) });
    expect(repairs[0]).toMatchObject({ kind: 'unusable', value: `"${'x'.repeat(38)}…` });
  });

  it('removes references to agencies that are not in the draft and says what it removed', () => {
    const input = envelope({
      counties: ['Napa'],
      agencies: [{ id: 'cws', county: 'Napa', name: 'Napa CWS' }],
      mdtTiers: [{ id: 't', name: 'Ongoing MDT', convenerAgencyId: 'gone', memberAgencyIds: ['cws', 'old-probation'] }],
      sections: { services: { offered: [{ name: 'Shelter', providerAgencyId: 'closed-shelter' }] } },
    });
    const restored = restoreDraft(input);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft, repairs } = restored.value;
    expect(draft.mdtTiers[0]).toMatchObject({ convenerAgencyId: null, memberAgencyIds: ['cws'] });
    expect(draft.sections.services.offered[0]!.providerAgencyId).toBeNull();
    expect(repairs.map((r) => r.kind === 'note' && r.text)).toEqual([
      'MDT tier "Ongoing MDT": removed its convener "gone", which is not an agency in this draft.',
      'MDT tier "Ongoing MDT": removed member "old-probation", which is not an agency in this draft.',
      'Service "Shelter": removed its provider "closed-shelter", which is not an agency in this draft.',
    ]);
  });

  it('says in one line what a draft left with no agencies lost, not a line for each reference', () => {
    const input = envelope({
      counties: ['Napa'],
      agencies: 'Napa CWS, Napa Probation',
      mdtTiers: [{ id: 't', name: 'Ongoing MDT', convenerAgencyId: 'cws', memberAgencyIds: ['cws', 'probation'] }],
      sections: { services: { offered: [{ name: 'Shelter', providerAgencyId: 'cws' }] } },
    });
    const restored = restoreDraft(input);
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    const { draft, repairs } = restored.value;
    expect(draft.agencies).toEqual([]);
    expect(draft.mdtTiers[0]).toMatchObject({ convenerAgencyId: null, memberAgencyIds: [] });
    expect(repairs).toEqual([
      { kind: 'unusable', path: 'agencies', record: null, value: '"Napa CWS, Napa Probation"', reason: 'is not a list' },
      { kind: 'note', text: 'The draft has no agencies left, so every place that named one was cleared: 1 MDT tier’s convener, 2 MDT tiers’ members and 1 service’s provider.' },
    ]);
  });
});
