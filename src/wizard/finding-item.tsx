import { formatLongDate } from '../lib/dates';
import type { Finding } from '../requirements';
import { sectionLabel } from '../model';

/** One finding: what is wrong, under which law, for which county, and where to fix it. */
export function FindingItem({ finding }: { finding: Finding }) {
  const section = sectionLabel(finding.section);
  const ack = finding.acknowledged;
  return (
    <li className={`finding finding--${finding.severity}${ack ? ' finding--acknowledged' : ''}`}>
      <p className="finding__title">
        {finding.title}
        {ack && <span className="finding__tag">Acknowledged</span>}
      </p>
      <p className="finding__message">{finding.message}</p>
      {finding.note && <p className="finding__note">{finding.note}</p>}
      <dl className="finding__facts">
        <div>
          <dt>Citation</dt>
          <dd>{finding.citation}</dd>
        </div>
        {finding.county && (
          <div>
            <dt>County</dt>
            <dd>{finding.county}</dd>
          </div>
        )}
        {(section || finding.path) && (
          <div>
            <dt>Where to fix it</dt>
            <dd>
              {section ?? 'Protocol details'}
              {finding.path && (
                <>
                  {' — field '}
                  <code>{finding.path}</code>
                </>
              )}
            </dd>
          </div>
        )}
        {ack && (
          <div>
            <dt>Accepted by</dt>
            <dd>
              {ack.by}
              {ack.on && ` on ${formatLongDate(ack.on)}`}: “{ack.reason}”
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
