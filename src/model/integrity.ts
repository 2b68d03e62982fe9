import type { z } from 'zod';

interface Shape {
  counties: string[];
  agencies: Array<{ id: string; county: string }>;
  mdtTiers: Array<{ id: string }>;
  customSections: Array<{ id: string }>;
  sections: { identification: { minimumAge: number | null; maximumAge: number | null } };
}

/**
 * What a draft must hold together that no single field can say: records another refers to by
 * id must be told apart, and every agency belongs to one of the protocol's counties (the checks
 * go county by county, so an agency of another county would silently count for nothing).
 */
export function checkIntegrity(draft: Shape, ctx: z.RefinementCtx): void {
  const report = (path: Array<string | number>, message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  const seen = <T>(items: T[], key: (item: T) => string, name: string, list: string) => {
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else report([list, index, ...(list === 'counties' ? [] : ['id'])], `${name} "${value}" appears twice (also at position ${earlier + 1}).`);
    });
  };
  seen(draft.counties, (c) => c, 'The county', 'counties');
  seen(draft.agencies, (a) => a.id, 'The agency id', 'agencies');
  seen(draft.mdtTiers, (t) => t.id, 'The MDT tier id', 'mdtTiers');
  seen(draft.customSections, (s) => s.id, 'The section id', 'customSections');

  draft.agencies.forEach((agency, index) => {
    if (!draft.counties.includes(agency.county)) {
      report(['agencies', index, 'county'], `${agency.county} is not one of this protocol's counties (${draft.counties.join(', ')}). Add the county to the protocol or correct the agency's county.`);
    }
  });

  const { minimumAge, maximumAge } = draft.sections.identification;
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge) {
    report(['sections', 'identification', 'maximumAge'], `The oldest age screened (${maximumAge}) is below the youngest (${minimumAge}).`);
  }
}
