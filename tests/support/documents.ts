import type { Block, Inline, MouDocument } from '../../src/document';

const t = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text, ...extra });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', style: 'body', content });

/**
 * A hand-made document that uses every node type, for testing writers without the templates.
 * Names carry Spanish and Vietnamese letters and typographic punctuation on purpose.
 */
export function everyNodeDocument(marking: 'draft' | 'final' = 'draft'): MouDocument {
  return {
    meta: {
      title: 'Interagency Protocol for Commercially Sexually Exploited Children',
      subject: 'SB 855 interagency protocol (WIC 16524.8)',
      author: 'Mendocino County Health and Human Services Agency',
      keywords: ['CSEC', 'SB 855', 'MOU'],
      header: 'Mendocino County — CSEC Interagency Protocol',
      marking,
      createdOn: '2026-11-28',
    },
    blocks: [
      { type: 'title', text: 'Interagency Protocol for Commercially Sexually Exploited Children', subtitle: ['Mendocino County', 'Memorandum of Understanding'] },
      { type: 'toc' },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: '1. Parties, purpose and legal authority' },
      p(t('This protocol is made under '), t('Welfare and Institutions Code section 16524.8', { italic: true }), t(' by the parties listed below.')),
      { type: 'heading', level: 2, text: '1.1 Parties' },
      { type: 'list', ordered: false, items: [[t('Mendocino County Probation Department')], [t('Nguyễn Thị Hoa’s “Redwood Light” Survivor Network')]] },
      { type: 'heading', level: 1, text: '2. Definitions' },
      { type: 'list', ordered: true, items: [[t('CSEC', { bold: true }), t(': a commercially sexually exploited child.')], [t('MDT', { bold: true }), t(': multidisciplinary team.')]] },
      { type: 'heading', level: 3, text: '2.1.1 A note on words' },
      { type: 'paragraph', style: 'note', content: [t('First line typed by the user'), { type: 'break' }, t('second line, with {{braces}}, # and <angle> & ampersand.')] },
      { type: 'heading', level: 1, text: '7. Multidisciplinary teams' },
      {
        type: 'table',
        header: [[t('Tier')], [t('Convener')], [t('Convenes')], [t('Provides')]],
        rows: [
          [[t('Immediate response MDT')], [t('Family and Children’s Services')], [t('Within 72 hours')], [t('Case management; service planning')]],
          [[t('Ongoing MDT')], [t('Behavioral Health')], [t('Monthly')], [t('Services')]],
        ],
        widths: [30, 30, 20, 20],
      },
      { type: 'paragraph', style: 'center', content: [t('— End of body —')] },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: '15. Signatures' },
      { type: 'signature', agency: 'Mendocino County Probation Department', county: '', signerName: 'José Núñez', signerTitle: 'Chief Probation Officer' },
      { type: 'signature', agency: 'Mendocino County Office of Education', county: '', signerName: 'Phạm Thu Trang', signerTitle: 'County Superintendent of Schools' },
    ],
  };
}
