import type { SignatureBlock } from '../../document';
import type { BlockLayout, LayoutContext } from './blocks';
import { breakLines } from './line-break';
import type { Mark, Slice } from './slices';
import { baselineOffset, lineHeight, lineMarks } from './slices';
import type { TextStyle } from './styles';
import { structNode } from './structure';
import { CONTENT_HEIGHT, CONTENT_WIDTH, SIGNATURE, TEXT } from './styles';

/**
 * One agency's signature block, as one slice so it is never split across pages:
 *
 *   AGENCY NAME (bold)
 *   [room to sign]
 *   ______________________________        __________________
 *   Signature                             Date
 *   Name: José Núñez
 *   Title: Chief Probation Officer
 *
 * The county is printed only when the agency's name does not already say it.
 */
export function signatureLayout(node: SignatureBlock, block: number, ctx: LayoutContext): BlockLayout {
  const { metrics } = ctx;
  const marks: Mark[] = [];
  // The block is a division of paragraphs: the agency, its county, the two labels, name and title.
  const division = structNode('Div');
  let y = 0;
  const put = (text: string, style: TextStyle, x = 0, width = CONTENT_WIDTH, boldLabel?: string) => {
    const content = boldLabel === undefined ? [{ type: 'text' as const, text }] : [{ type: 'text' as const, text: boldLabel }, { type: 'text' as const, text }];
    const paragraph = structNode('P', division);
    for (const line of breakLines(content, { face: style.face, size: style.size, width }, metrics, ctx.missing, paragraph)) {
      marks.push(...lineMarks(line, style, x, y, metrics.ascent, metrics.descent, paragraph));
      y += lineHeight(style);
    }
    return paragraph;
  };
  put(node.agency, TEXT.signatureAgency);
  // The document says whether to (its view leaves it empty where the agency's name says it).
  const county = node.county.trim();
  if (county !== '') put(`${county} County`, TEXT.signatureField);
  y += SIGNATURE.signingSpace;
  marks.push({ kind: 'rule', x1: 0, y1: y, x2: SIGNATURE.signatureLineWidth, y2: y, thickness: SIGNATURE.rule });
  marks.push({ kind: 'rule', x1: SIGNATURE.dateLineX, y1: y, x2: CONTENT_WIDTH, y2: y, thickness: SIGNATURE.rule });
  y += SIGNATURE.labelGap;
  const label = TEXT.signatureLabel;
  const labelBaseline = y + baselineOffset(label, metrics.ascent, metrics.descent);
  marks.push({ kind: 'text', x: 0, baseline: labelBaseline, text: 'Signature', face: label.face, size: label.size, tag: structNode('P', division) });
  marks.push({ kind: 'text', x: SIGNATURE.dateLineX, baseline: labelBaseline, text: 'Date', face: label.face, size: label.size, tag: structNode('P', division) });
  y += lineHeight(label) + SIGNATURE.spaceBelowLabels;
  field('Name: ', node.signerName);
  field('Title: ', node.signerTitle);

  function field(name: string, value: string) {
    if (value.trim() !== '') { put(value, TEXT.signatureField, 0, CONTENT_WIDTH, name); return; }
    // Left blank in the draft: a line to fill in by hand.
    const style = TEXT.signatureField;
    const labelWidth = metrics.width(name, style.face, style.size);
    // Read aloud, the drawn line says what it is for.
    put('', style, 0, CONTENT_WIDTH, name).actualText = `${name}to be filled in when signing`;
    const rule = y - lineHeight(style) + baselineOffset(style, metrics.ascent, metrics.descent) + 2;
    marks.push({ kind: 'rule', x1: labelWidth, y1: rule, x2: SIGNATURE.fieldLineWidth, y2: rule, thickness: SIGNATURE.rule / 2 });
  }

  const slice: Slice = { role: 'signature', block, height: y, spaceBefore: SIGNATURE.spaceBefore, keepWithNext: node.keepWithNext === true, marks, structure: [division] };
  return { slices: y <= CONTENT_HEIGHT ? [slice] : splitTall(slice), spaceAfter: 0 };
}

/** Only a block taller than a page (an agency name of thousands of words) is cut, at page-sized steps. */
function splitTall(slice: Slice): Slice[] {
  const pieces: Slice[] = [];
  for (let top = 0; top < slice.height; top += CONTENT_HEIGHT) {
    const marks = slice.marks.filter((mark) => {
      const y = mark.kind === 'text' ? mark.baseline : mark.kind === 'rule' ? mark.y1 : mark.y;
      return y > top && y <= top + CONTENT_HEIGHT;
    }).map((mark) => shift(mark, -top));
    pieces.push({ ...slice, height: Math.min(CONTENT_HEIGHT, slice.height - top), spaceBefore: top === 0 ? slice.spaceBefore : 0, marks });
  }
  return pieces;
}

function shift(mark: Mark, dy: number): Mark {
  switch (mark.kind) {
    case 'text': return { ...mark, baseline: mark.baseline + dy };
    case 'rule': return { ...mark, y1: mark.y1 + dy, y2: mark.y2 + dy };
    case 'fill': return { ...mark, y: mark.y + dy };
  }
}
