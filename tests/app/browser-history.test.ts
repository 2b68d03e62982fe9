import { describe, expect, it } from 'vitest';
import { hashOf, placeOf, samePlace, START, underneath } from '../../src/app/browser-history';

describe('the address of a place in the app', () => {
  it('names a kept draft and its page, and reads back the same place', () => {
    const places = [
      { at: 'draft', id: '0b6f2c1e-8d4a-4e7b-9d0c-5a1b2c3d4e5f', page: null },
      { at: 'draft', id: 'kept-by-version-2', page: 'training' },
      { at: 'draft', id: 'a/b c', page: 'review' },
      { at: 'draft', id: 'x', page: 'basics' },
      { at: 'draft', id: 'x', page: 'agencies', item: 'agency-2' },
      { at: 'draft', id: 'x', page: 'agencies', item: 'a/b c' },
    ] as const;
    for (const place of places) expect(placeOf(hashOf(place))).toEqual(place);
    expect(hashOf(places[1])).toBe('#/draft/kept-by-version-2/training');
    expect(hashOf(places[4])).toBe('#/draft/x/agencies/agency-2');
  });

  it('names each step of starting a protocol after the first, and reads no other as one', () => {
    expect(hashOf({ at: 'start', part: 2 })).toBe('#/new/2');
    expect(placeOf('#/new/3')).toEqual({ at: 'start', part: 3 });
    for (const hash of ['#/new/1', '#/new/x', '#/new/22', '#/new/']) expect(placeOf(hash)).toEqual(START);
    expect(samePlace({ at: 'start', part: 2 }, START)).toBe(false);
    expect(samePlace({ at: 'start', part: 2 }, { at: 'start', part: 2 })).toBe(true);
  });

  it('names an agency’s own page, and reads a record only on a page whose records have pages', () => {
    expect(placeOf('#/draft/x/agencies/agency-2/more')).toEqual({ at: 'draft', id: 'x', page: 'agencies', item: 'agency-2' });
    // A record that cannot be read leaves the list page.
    expect(placeOf('#/draft/x/agencies/%E0%A4%A')).toEqual({ at: 'draft', id: 'x', page: 'agencies' });
    expect(placeOf('#/draft/x/review/agency-2')).toEqual({ at: 'draft', id: 'x', page: 'review' });
    const agency = { at: 'draft', id: 'x', page: 'agencies', item: 'agency-2' } as const;
    expect(samePlace(agency, { ...agency, item: 'agency-3' })).toBe(false);
    expect(samePlace(agency, { at: 'draft', id: 'x', page: 'agencies' })).toBe(false);
  });

  it('gives the first page and a draft that could not be kept no address', () => {
    expect(hashOf(START)).toBe('');
    expect(hashOf({ at: 'draft', id: null, page: 'training' })).toBe('');
  });

  it('reads an address that names no draft as the first page, and a draft’s address leniently', () => {
    for (const hash of ['', '#', '#/', '#/draft/', '#/drafts/x', '#/draft/%E0%A4%A/training', '#top'])
      expect(placeOf(hash)).toEqual(START);
    // A page it does not know is the task list; anything after the page is ignored, but for a
    // record's page (every section's page has its added sections), which the draft must then hold.
    for (const hash of ['#/draft/x/nowhere', '#/draft/x/signatures', '#/draft/x/', '#/draft/x/REVIEW'])
      expect(placeOf(hash)).toEqual({ at: 'draft', id: 'x', page: null });
    expect(placeOf('#/draft/x/basics/extra')).toEqual({ at: 'draft', id: 'x', page: 'basics' });
    expect(placeOf('#/draft/x/review/extra')).toEqual({ at: 'draft', id: 'x', page: 'review' });
    for (const hash of ['#/draft/x/training?x=1', '#/draft/x/training#more'])
      expect(placeOf(hash)).toEqual({ at: 'draft', id: 'x', page: 'training' });
    expect(placeOf('#/draft/x/training/section-2')).toEqual({ at: 'draft', id: 'x', page: 'training', item: 'section-2' });
  });

  it('tells an overlay’s entry from its page’s', () => {
    const page = { at: 'draft', id: 'x', page: 'training' } as const;
    expect(samePlace(underneath({ ...page, overlay: true }), page)).toBe(true);
    expect(samePlace({ ...page, overlay: true }, page)).toBe(false);
    expect(hashOf({ ...page, overlay: true })).toBe(hashOf(page));
  });
});
