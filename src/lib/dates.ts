/** Calendar dates are kept as ISO strings (YYYY-MM-DD) so they survive JSON and time zones. */
export type IsoDate = string;

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date where the user is, as an ISO string. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "January 1, 2018": the U.S. form county agreements and their readers use, in every output. */
export function formatLongDate(date: IsoDate): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  // The year as written, all four digits: a mistyped 0026 reads as one, not as the year 26.
  return `${months[m - 1]} ${d}, ${date.slice(0, 4)}`;
}

/**
 * "December 2, 2026, 10:42 AM": when a draft or a version of it was saved, or a comment made, in
 * the same U.S. form as every other date, with the time where the user is; "10:42:07 AM" with
 * `seconds`, to tell apart two things done in the same minute.
 */
export const momentInWords = (iso: string, seconds = false): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  return `${day}, ${date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) })}`;
};

/** "10:42 AM": when something was saved today, in the form every other date and time of the app takes (momentInWords). */
export const timeInWords = (at: Date): string => at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** "at 10:42 AM" today, "on December 5, 2026, at 3:04 PM" another day: when a file was saved, in a session of any day. */
export function savedWhenInWords(at: Date, now: Date = new Date()): string {
  if (at.toDateString() === now.toDateString()) return `at ${timeInWords(at)}`;
  const day = at.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  return `on ${day}, at ${timeInWords(at)}`;
}
