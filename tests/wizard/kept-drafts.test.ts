import { describe, expect, it } from 'vitest';
import { keptDraftInWords, keptDraftNames, type KeptDraft } from '../../src/wizard';
import { momentInWords } from '../../src/lib/dates';

const kept = (id: string, savedAt: string, more: Partial<KeptDraft> = {}): KeptDraft =>
  ({ id, title: 'Napa County Interagency Protocol', counties: ['Napa'], savedAt, reviewing: false, origin: { kind: 'new' }, ...more });

describe('the names of the drafts kept in this browser', () => {
  it('tells copies that read alike apart by when each was kept, then by place, the same in the buttons and the messages', () => {
    const drafts = [
      kept('a', '2026-12-07T10:05:10.000Z', { origin: { kind: 'sample' } }),
      kept('b', '2026-12-07T10:05:40.000Z', { origin: { kind: 'sample' } }),
      kept('c', '2026-12-07T09:00:00.000Z', { origin: { kind: 'sample' } }),
      kept('d', '2026-12-07T09:00:00.000Z'),
      kept('e', '2026-12-07T09:00:00.000Z', { kind: 'companion', setting: 'Juvenile hall' }),
    ];
    const [at10, at9] = ['2026-12-07T10:05:10.000Z', '2026-12-07T09:00:00.000Z'].map((iso) => momentInWords(iso));
    expect(keptDraftNames(drafts).map((naming) => naming.button)).toEqual([
      `Napa County Interagency Protocol, the sample, kept ${at10} (1 of 2)`,
      `Napa County Interagency Protocol, the sample, kept ${at10} (2 of 2)`,
      `Napa County Interagency Protocol, the sample, kept ${at9}`,
      'Napa County Interagency Protocol',
      'Napa County Interagency Protocol (companion protocol: Juvenile hall)',
    ]);
    expect(drafts.map((draft) => keptDraftInWords(drafts, draft.id))).toEqual([
      `“Napa County Interagency Protocol” (the sample, kept ${at10}, 1 of 2)`,
      `“Napa County Interagency Protocol” (the sample, kept ${at10}, 2 of 2)`,
      `“Napa County Interagency Protocol” (the sample, kept ${at9})`,
      '“Napa County Interagency Protocol”',
      '“Napa County Interagency Protocol (companion protocol: Juvenile hall)”',
    ]);
    expect(keptDraftInWords(drafts, 'gone')).toBeNull();
  });
});
