import { describe, expect, it } from 'vitest';
import { draftSchema } from '../model';
import { describeSnapshot } from './snapshot-words';

describe('the one-line summary of a version', () => {
  it('counts agencies, MDT tiers and the sections that hold any answer', () => {
    const empty = draftSchema.parse({ counties: ['Lassen', 'Modoc'] });
    expect(describeSnapshot(empty)).toBe('Lassen and Modoc counties: 0 agencies, 0 MDT tiers, 0 of 14 sections begun');
    const begun = draftSchema.parse({
      counties: ['Napa'], agencies: [{ id: 'a', county: 'Napa' }], mdtTiers: [{ id: 't' }],
      sections: { purpose: { purpose: 'Why we work together' }, principles: { principles: ['trauma-informed'] }, governance: { steeringCommittee: '   ' } },
    });
    expect(describeSnapshot(begun)).toBe('Napa County: 1 agency, 1 MDT tier, 2 of 14 sections begun');
  });
});
