import { describe, expect, it } from 'vitest';
import { restoreDraft, serializeDraft } from '../model';
import { draftFileName, exportFileName, readDraftFile } from './draft-file';

const restored = restoreDraft({ format: 'csec-mou-draft', version: 2, draft: { counties: ['Mendocino'] } });
if (!restored.ok) throw new Error('the minimal draft used by these tests should restore');
const draft = restored.value.draft;

describe('draft files', () => {
  it('names a single-county draft after its county', () => {
    expect(draftFileName({ counties: ['Mendocino'] })).toBe('mendocino-csec-protocol.csecmou.json');
  });

  it('names exports after the counties and says whether they are the draft or the final', () => {
    expect(exportFileName({ counties: ['Lassen', 'Modoc'] }, false, 'pdf')).toBe('lassen-modoc-csec-protocol-draft.pdf');
    expect(exportFileName({ counties: ['San Luis Obispo'] }, true, 'docx')).toBe('san-luis-obispo-csec-protocol-final.docx');
  });

  it('names a regional draft after each of its counties', () => {
    expect(draftFileName({ counties: ['Humboldt', 'Del Norte', 'San Luis Obispo'] })).toBe(
      'humboldt-del-norte-san-luis-obispo-csec-protocol.csecmou.json',
    );
  });

  it('reads a saved draft file back into the same draft', async () => {
    const file = new File([serializeDraft(draft)], 'mendocino-csec-protocol.csecmou.json');
    const result = await readDraftFile(file);
    expect(result.ok && result.value.restored.draft).toEqual(draft);
  });

  it('reports a file of invalid JSON as a value instead of throwing', async () => {
    const result = await readDraftFile(new File(['{ "format": '], 'broken.json'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalidJson' } });
  });

  it("reports another app's JSON as not a draft", async () => {
    const result = await readDraftFile(new File([JSON.stringify({ type: 'excalidraw', elements: [] })], 'drawing.json'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'notADraft' } });
  });
});
