import { describeCounties, describeProtocolKind, type Draft } from '../model';
import { groupFindings, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';
import { whereToFix } from '../review/findings-text';
import { unshownRefusal, type Unshown } from '../document/unshown';
import { oneLine, printable } from './printable';
import { codePointOf } from '../lib/words';
import { formatLongDate } from '../lib/dates';

/**
 * The findings as a person reads them in a terminal: grouped by severity, each with its law.
 * `summary: false` leaves out the count of each severity, for a list that is not all of them
 * (a refused final export lists only the blocking findings; "0 warnings" would be untrue).
 */
export function formatFindings(draft: Draft, findings: readonly Finding[], { summary = true, unshown }: { summary?: boolean; unshown?: Unshown } = {}): string {
  // "Lassen and Trinity counties: CSEC Program protocol (Trinity County not in the CSEC Program)", one parenthesis deep.
  const lines = [draft.title, `${describeCounties(draft.counties)}: ${describeProtocolKind(draft)}`];
  if (summary) lines.push(summarizeFindings(findings));
  const groups = groupFindings(findings);
  for (const { severity, heading } of SEVERITY_GROUPS) {
    const group = groups[severity];
    if (group.length === 0) continue;
    lines.push('', heading);
    for (const finding of group) {
      const where = whereToFix(finding, draft);
      lines.push(`  - [${finding.ruleId}]${finding.county ? ` ${finding.county} County:` : ''} ${finding.message}`);
      if (finding.note) lines.push(`      ${finding.note}`);
      lines.push(`      ${finding.citation}${where ? ` | fix at: ${where}` : ''}`);
      if (finding.acknowledged) {
        lines.push(`      acknowledged by ${finding.acknowledged.by}${finding.acknowledged.on ? ` on ${formatLongDate(finding.acknowledged.on)}` : ''}: ${finding.acknowledged.reason}`);
      }
    }
  }
  if (groups.blocking.length === 0 && unshown) {
    lines.push('', 'No blocking findings, but the final PDFs cannot all be made, nor the submission packet that holds them:',
      `  ${unshownRefusal(unshown, codePoint, 'export the final Word file (export --final --docx OUT.docx)')}`,
      ...unshown.places.map((place) => `  - ${whereToFix(place, draft)}`));
  } else if (groups.blocking.length === 0) lines.push('', SEVERITY_GROUPS[0]!.none);
  return printable(`${lines.map(oneLine).join('\n')}\n`);
}

/**
 * Why a final export or a packet was refused: the blocking findings that stand, and only they
 * (the warnings and advice do not stop it, and `csec-mou check` lists them).
 */
export function formatRefusal(what: string, draft: Draft, blocking: readonly Finding[]): string {
  const stand = `${blocking.length} blocking ${blocking.length === 1 ? 'finding stands' : 'findings stand'}`;
  return `${what} refused: ${stand}. Nothing was written.\n\n${formatFindings(draft, blocking, { summary: false })}`;
}

/** One character as a terminal shows it, with its code point for what it cannot draw: "阮" (U+962E). */
export const codePoint = (char: string) => `"${char}" (${codePointOf(char)})`;

/**
 * Why a final PDF (or a packet holding one) was refused: characters its font cannot show, and the
 * fields that hold them; `check`, which writes nothing, says it would be (`wrote` false).
 */
export function formatUnshownRefusal(what: string, draft: Draft, unshown: Unshown, wordFile: string, { wrote = true } = {}): string {
  const places = unshown.places.map((place) => `  - ${whereToFix(place, draft)}\n`).join('');
  return printable(`${what} refused: ${unshownRefusal(unshown, codePoint, wordFile)}${wrote ? ' Nothing was written.' : ''}\n${places ? `\nFound in:\n${places}` : ''}`);
}

/** The --json shape: stable field names for scripts. */
export const findingsAsJson = (findings: readonly Finding[]) =>
  findings.map(({ ruleId, ...rest }) => ({ id: ruleId, ...rest }));
