/**
 * Numbered, pure migrations of the draft inside a file envelope. Each takes the draft object of
 * version `from` and returns the draft of version `from + 1`; restoreDraft runs them in order on
 * a copy, so the caller's data is never touched until every step has succeeded.
 */
type PlainObject = Record<string, unknown>;

export interface Migration {
  from: number;
  name: string;
  up(draft: PlainObject): PlainObject;
}

const isObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 1 (the prototype) held one county and one role per agency. Regional protocols need
    // several counties, and one agency may fill several statutory roles (WIC 16524.8(a)(1)).
    from: 1,
    name: 'regional-protocols-and-multiple-roles',
    up(draft) {
      const { county, ...rest } = draft;
      const counties = Array.isArray(draft.counties)
        ? draft.counties
        : typeof county === 'string' ? [county] : [];
      const agencies = Array.isArray(draft.agencies)
        ? draft.agencies.map((agency) => {
            if (!isObject(agency)) return agency;
            const { role, ...agencyRest } = agency;
            return {
              ...agencyRest,
              county: agency.county ?? county,
              roles: Array.isArray(agency.roles) ? agency.roles : typeof role === 'string' ? [role] : [],
            };
          })
        : draft.agencies;
      return { ...rest, counties, agencies };
    },
  },
];
