import type { Draft } from '../model';

/** An agency by its name, or by its place in the list until it has one ("Agency 3"). */
export const agencyName = (draft: Draft, index: number) => draft.agencies[index]?.name.trim() || `Agency ${index + 1}`;

/** A tier of the MDT by its name, or by its place until it has one ("Tier 2"). */
export const tierName = (draft: Draft, index: number) => draft.mdtTiers[index]?.name.trim() || `Tier ${index + 1}`;

/** The name of the record at `index` of a list that records are added to. */
export const recordName = (draft: Draft, list: 'agencies' | 'mdtTiers', index: number) =>
  list === 'agencies' ? agencyName(draft, index) : tierName(draft, index);

/** Every agency as a choice: its id, and its name. */
export const agencyChoices = (draft: Draft) => draft.agencies.map((agency, index) => [agency.id, agencyName(draft, index)] as const);
