import type { Segment } from '../lib/word-diff';
import type { Change, Comparison } from './compare';
import { plural } from '../lib/words';

/** Words of unchanged text kept on each side of a change when a text is shown in brief. */
const CONTEXT_WORDS = 8;

/**
 * A text's changes with the unchanged text around them cut to a few words each side, "…" for the
 * rest: a one-word change in a long section is seen at once.
 */
export function briefSegments(segments: readonly Segment[]): Segment[] {
  const keep = 2 * CONTEXT_WORDS; // words and the spaces between them
  return segments.map((segment, i) => {
    const first = i === 0;
    const last = i === segments.length - 1;
    if (segment.kind !== 'same' || (first && last)) return segment;
    const words = segment.text.split(/(\s+)/);
    let text = segment.text;
    if (first && words.length > keep) text = `…${words.slice(-keep).join('')}`;
    else if (last && words.length > keep) text = `${words.slice(0, keep).join('')}…`;
    else if (!first && !last && words.length > 2 * keep + 1) text = `${words.slice(0, keep).join('')} … ${words.slice(-keep).join('')}`;
    return { kind: 'same', text };
  });
}

/** A text's changes in brief, as `git diff --word-diff` marks them: [-removed-] and {+added+}, on one line. */
export function wordsInBrief(segments: readonly Segment[]): string {
  return briefSegments(segments)
    .map((segment) => (segment.kind === 'removed' ? `[-${segment.text}-]` : segment.kind === 'added' ? `{+${segment.text}+}` : segment.text))
    .join('')
    .replace(/\s*\n\s*/g, ' ¶ ');
}

export function changeInWords(change: Change): string {
  switch (change.kind) {
    case 'added': return `added    ${change.what}: ${brief(change.detail)}`;
    case 'removed': return `removed  ${change.what}: ${brief(change.detail)}`;
    case 'moved': return `moved    ${change.what}: ${brief(change.detail)}`;
    case 'changed': return `changed  ${change.what}: ${change.words ? wordsInBrief(change.words) : `${change.before} → ${change.after}`}`;
  }
}

const brief = (text: string) => {
  const flat = text.replace(/\s*\n\s*/g, ' ¶ ');
  return flat.length > 200 ? `${flat.slice(0, 200).trimEnd()}…` : flat;
};

/** The comparison as a person reads it in a terminal: part by part, then the findings, then a count. */
export function comparisonInWords(comparison: Comparison): string[] {
  const lines: string[] = [];
  for (const part of comparison.parts) {
    lines.push('', part.title);
    for (const change of part.changes) lines.push(`  ${changeInWords(change)}`);
  }
  const { appeared, resolved } = comparison.findings;
  if (appeared.length + resolved.length > 0) {
    lines.push('', 'Findings of the checks');
    for (const finding of appeared) lines.push(`  appeared [${finding.ruleId}]${finding.county ? ` ${finding.county} County:` : ''} ${finding.message}`);
    for (const finding of resolved) lines.push(`  resolved [${finding.ruleId}]${finding.county ? ` ${finding.county} County:` : ''} ${finding.message}`);
  }
  lines.push('', countInWords(comparison));
  return lines;
}

/** "14 changes in 7 parts; 1 finding appeared, 0 resolved.", or "No differences." */
export function countInWords(comparison: Comparison): string {
  const { appeared, resolved } = comparison.findings;
  const count = comparison.parts.reduce((sum, part) => sum + part.changes.length, 0);
  return count + appeared.length + resolved.length === 0
    ? 'No differences.'
    : `${plural(count, 'change')} in ${plural(comparison.parts.length, 'part')}; ${plural(appeared.length, 'finding')} appeared, ${resolved.length} resolved.`;
}

