import { listInWords } from '../lib/words';

/** California's 58 counties (sb855-requirements.md §7). */
export const CALIFORNIA_COUNTIES = [
  'Alameda', 'Alpine', 'Amador', 'Butte', 'Calaveras', 'Colusa', 'Contra Costa', 'Del Norte',
  'El Dorado', 'Fresno', 'Glenn', 'Humboldt', 'Imperial', 'Inyo', 'Kern', 'Kings', 'Lake',
  'Lassen', 'Los Angeles', 'Madera', 'Marin', 'Mariposa', 'Mendocino', 'Merced', 'Modoc', 'Mono',
  'Monterey', 'Napa', 'Nevada', 'Orange', 'Placer', 'Plumas', 'Riverside', 'Sacramento',
  'San Benito', 'San Bernardino', 'San Diego', 'San Francisco', 'San Joaquin', 'San Luis Obispo',
  'San Mateo', 'Santa Barbara', 'Santa Clara', 'Santa Cruz', 'Shasta', 'Sierra', 'Siskiyou',
  'Solano', 'Sonoma', 'Stanislaus', 'Sutter', 'Tehama', 'Trinity', 'Tulare', 'Tuolumne',
  'Ventura', 'Yolo', 'Yuba',
] as const;

export type County = (typeof CALIFORNIA_COUNTIES)[number];

/** "Mendocino County", "Humboldt and Del Norte counties", "Lake, Mendocino and Sonoma counties". */
export function describeCounties(counties: readonly string[]): string {
  if (counties.length === 0) return 'No county chosen';
  if (counties.length === 1) return `${counties[0]} County`;
  return `${listInWords(counties)} counties`;
}
