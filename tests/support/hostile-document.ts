import type { Block, Inline, MouDocument } from '../../src/document';

/** Every C0 control character, U+0000 to U+001F, tab and newline included. */
export const CONTROLS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
/** The noncharacters XML forbids, and a high and a low surrogate that are not a pair. */
export const NONCHARACTERS = '\uFFFE\uFFFF';
export const LONE_SURROGATES = 'x\uD800y\uDC00z';
/** A ZWJ family, a skin tone, a flag and a keycap: emoji made of several code points. */
export const EMOJI = '👩‍👩‍👧‍👦 👍🏽 🇺🇸 1️⃣';
export const ARABIC = 'مكتب المدعي العام للمقاطعة';
export const HEBREW = 'שירותי רווחה לילדים';
/** Letters with stacked combining marks, and a decomposed é (e + U+0301). */
export const COMBINING = 'Ze\u0301\u0328a\u0308\u0304l\u0336g\u0338o\u0337';
/** 10,000 characters in one text run, with a marker at the end to find it by. */
export const LONG = `${'Lorem ipsum dolor sit amet. '.repeat(357).slice(0, 9_989)}END-OF-LONG`;

const t = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text, ...extra });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', style: 'body', content });
const hostile = (label: string) => `${label} ${CONTROLS}${NONCHARACTERS}${LONE_SURROGATES} ${label}-after`;

/**
 * A document whose every string is something a user could paste: control characters, XML's
 * forbidden noncharacters, lone surrogates, emoji, right-to-left scripts, combining marks and one
 * very long run, in every node type, plus shapes the model allows but writers may trip on: ragged
 * table rows, empty cells, an empty list, widths that do not sum to 100, page breaks in a row and
 * at the end. Writers must turn it into a file their readers open.
 */
export function hostileDocument(marking: 'draft' | 'final' = 'draft'): MouDocument {
  return {
    meta: {
      title: hostile('Title'),
      subject: `Subject ${EMOJI}`,
      author: hostile('Author'),
      keywords: ['CSEC', hostile('keyword'), ''],
      header: hostile('Header'),
      marking,
      createdOn: '2026-11-28',
    },
    blocks: [
      { type: 'title', text: hostile('Hostile title'), subtitle: [ARABIC, HEBREW, hostile('Subtitle')] },
      { type: 'toc' },
      { type: 'pageBreak' },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: hostile('Heading one') },
      p(t(hostile('Body'), { bold: true }), { type: 'break' }, t(EMOJI, { italic: true }), t(' two\nlines\r\nthree')),
      p(t(`${ARABIC} (CSEC) ${HEBREW}`)),
      { type: 'heading', level: 2, text: `${ARABIC} ${EMOJI}` },
      { type: 'paragraph', style: 'note', content: [t(COMBINING)] },
      { type: 'paragraph', style: 'center', content: [] },
      { type: 'heading', level: 3, text: COMBINING },
      { type: 'list', ordered: true, items: [[t(hostile('Item'))], [], [t(EMOJI)]] },
      { type: 'list', ordered: false, items: [] },
      { type: 'paragraph', style: 'body', content: [t(LONG)] },
      {
        type: 'table',
        header: [[t(hostile('Head'))], [t(ARABIC)], []],
        rows: [[[t(EMOJI)]], [[], [], [], [t('extra cell beyond the header')]], [[t(LONG.slice(0, 500))], [t(COMBINING)], [{ type: 'break' }]]],
        widths: [0, 50, Number.NaN],
      },
      { type: 'table', header: [], rows: [], widths: [] },
      { type: 'signature', agency: hostile('Agency'), county: hostile('County'), signerName: `${ARABIC} ${COMBINING}`, signerTitle: hostile('Signer title') },
      { type: 'signature', agency: HEBREW, county: '', signerName: '', signerTitle: '' },
      { type: 'pageBreak' },
    ],
  };
}
