import { describe, expect, it } from 'vitest';
import { hashOf, placeOf, START } from '../../src/app/browser-history';

describe('the address of a place in the app', () => {
  it('names a kept draft and its page, and reads back the same place', () => {
    const places = [
      { at: 'draft', id: '0b6f2c1e-8d4a-4e7b-9d0c-5a1b2c3d4e5f', page: null },
      { at: 'draft', id: 'kept-by-version-2', page: 'training' },
      { at: 'draft', id: 'a/b c', page: 'review' },
      { at: 'draft', id: 'x', page: 'basics' },
    ] as const;
    for (const place of places) expect(placeOf(hashOf(place))).toEqual(place);
    expect(hashOf(places[1])).toBe('#/draft/kept-by-version-2/training');
  });

  it('gives the first page and a draft that could not be kept no address', () => {
    expect(hashOf(START)).toBe('');
    expect(hashOf({ at: 'draft', id: null, page: 'training' })).toBe('');
  });

  it('reads any other address as the first page, or a draft’s unknown page as its task list', () => {
    for (const hash of ['', '#', '#/', '#/draft/', '#/drafts/x', '#/draft/%E0%A4%A/training', '#/draft/x/training/extra', '#top'])
      expect(placeOf(hash)).toEqual(START);
    expect(placeOf('#/draft/x/nowhere')).toEqual({ at: 'draft', id: 'x', page: null });
    expect(placeOf('#/draft/x/signatures')).toEqual({ at: 'draft', id: 'x', page: null });
  });
});
