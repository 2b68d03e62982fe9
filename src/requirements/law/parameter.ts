import type { IsoDate } from '../../lib/dates';

/**
 * One value of a statutory fact and the time it is in force, with the law that states it
 * (OpenFisca's parameters: each value has a start date and a reference).
 */
export interface Period<T> {
  /**
   * First day in force. Null when the value has been in force since before any protocol this
   * product checks (the statute's enactment date is not pinned where it is not verified).
   */
  from: IsoDate | null;
  /** Last day in force when the value lapses with nothing after it; otherwise the next period's start ends it. */
  to?: IsoDate;
  value: T;
  /** The law that states the value, as it is cited in findings ("WIC 16524.8(a)(1)"). */
  citation: string;
}

/** A statutory fact over time: its periods in order of their start. */
export interface Parameter<T> {
  description: string;
  periods: ReadonlyArray<Period<T>>;
}

const startsBy = (period: Period<unknown>, date: IsoDate) => period.from === null || period.from <= date;

/** The period in force on `date`, or null when the fact is not (or not yet, or no longer) law. */
export function periodAt<T>(parameter: Parameter<T>, date: IsoDate): Period<T> | null {
  let found: Period<T> | null = null;
  for (const period of parameter.periods) if (startsBy(period, date)) found = period;
  if (found?.to !== undefined && found.to < date) return null;
  return found;
}

/** The first day a value satisfying `test` came into force, or null when it never did or the date is not pinned. */
export function firstInForce<T>(parameter: Parameter<T>, test: (value: T) => boolean): IsoDate | null {
  return parameter.periods.find((period) => test(period.value))?.from ?? null;
}

/** Adds a later period, as a new text of the law would: the earlier periods stay as they were. */
export function withPeriod<T>(parameter: Parameter<T>, period: Period<T>): Parameter<T> {
  const periods = [...parameter.periods, period].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return { ...parameter, periods };
}
