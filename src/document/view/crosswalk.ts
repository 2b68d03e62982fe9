import { listInWords } from '../../lib/words';
import { formatLongDate } from '../../lib/dates';
import { RULES, type Finding } from '../../requirements';

/**
 * The compliance crosswalk of the appendix: each requirement, where the protocol meets it, and
 * its standing — met, accepted by the committee with a reason, or still open (drafts only).
 */
export function crosswalkView(findings: readonly Finding[], sectionNumber: (key: string) => string) {
  return RULES.map((rule) => {
    const own = findings.filter((f) => f.ruleId === rule.id);
    const open = own.filter((f) => !f.acknowledged);
    const accepted = own.filter((f) => f.acknowledged);
    const counties = (list: Finding[]) => {
      const names = [...new Set(list.map((f) => f.county).filter((c): c is string => !!c))];
      return names.length > 0 ? ` (${listInWords(names)} ${names.length > 1 ? 'counties' : 'County'})` : '';
    };
    const status = [
      ...(open.length > 0 ? [`${open.some((f) => f.severity === 'blocking') ? 'Not met' : 'Open warning'}${counties(open)}`] : []),
      ...accepted.map((f) => {
        const ack = f.acknowledged!;
        return `Accepted by ${ack.by}${ack.on ? ` on ${formatLongDate(ack.on)}` : ''}${f.county ? ` for ${f.county} County` : ''}: ${ack.reason}`;
      }),
    ];
    return {
      requirement: rule.title,
      citation: rule.citation,
      section: sectionNumber(rule.section),
      status: status.length > 0 ? status.join('; ') : 'Met',
    };
  });
}
