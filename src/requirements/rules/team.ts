import type { Rule } from '../types';
import { ab1227Applies, agenciesOf, agencyPath, fills, PARTNER_RULES, roleLabel } from '../partners';

const leadAgency: Rule = {
  id: 'lead-agency',
  title: 'Team led by the county human services department',
  citation: 'WIC 16524.8(a)(1)',
  severity: 'blocking',
  section: 'governance',
  severityNote: 'Checked for each county of a regional protocol. Not applied to a companion protocol for one setting, which is not the county protocol of WIC 16524.8.',
  check(draft) {
    if (draft.kind === 'companion') return [];
    return draft.counties.flatMap((county) => {
      const agencies = agenciesOf(draft, county);
      if (agencies.some((a) => fills(a, 'human-services-lead') && a.tookPart)) return [];
      const named = agencies.find((a) => fills(a, 'human-services-lead'));
      return [{
        county,
        section: 'governance',
        ...(named ? { recordId: named.id, path: agencyPath(draft, named, 'tookPart') } : { path: 'agencies' }),
        message: named
          ? `${named.name || 'The human services agency'} is marked as the lead for ${county} County but not as having taken part in developing the protocol. Mark "took part" on the agency.`
          : `No agency of ${county} County is marked as the human services department leading the team. Add the county human services agency and give it the role "County human services department (lead)".`,
      }];
    });
  },
};

const partnerRules: Rule[] = PARTNER_RULES.map((partner) => ({
  id: partner.id,
  title: `The ${roleLabel(partner.role)} took part in developing the protocol`,
  citation: partner.citation,
  severity: 'blocking',
  section: 'roles',
  severityNote: partner.addedByAb1227
    ? 'Blocking for a protocol first developed on or after 1 January 2018 (AB 1227); a warning for one developed before, which may but need not be revised (WIC 16524.8(c)). Checked for each county.'
    : 'Checked for each county of a regional protocol.',
  ...(partner.addedByAb1227
    ? { effective: { from: '2018-01-01', note: 'Added as a required partner by AB 1227 (Stats. 2017, ch. 558).' } }
    : {}),
  check(draft) {
    const severity = partner.addedByAb1227 && !ab1227Applies(draft) ? 'warning' : 'blocking';
    return draft.counties.flatMap((county) => {
      const agencies = agenciesOf(draft, county).filter((a) => fills(a, partner.role));
      if (agencies.some((a) => a.tookPart)) return [];
      const named = agencies[0];
      const why = severity === 'warning'
        ? ' The protocol was first developed before 1 January 2018, so adding this partner is recommended, not required (WIC 16524.8(c)).'
        : '';
      return [{
        county,
        severity,
        section: 'roles',
        ...(named ? { recordId: named.id, path: agencyPath(draft, named, 'tookPart') } : { path: 'agencies' }),
        message: (named
          ? `${named.name || 'The agency'} fills the role of the ${roleLabel(partner.role)} for ${county} County but is not marked as having taken part in developing the protocol. Mark "took part" once it has.`
          : `No agency of ${county} County is listed as the ${roleLabel(partner.role)}. Add it to the team, or give the role to the agency that fills it.`) + why,
      }];
    });
  },
}));

const optionalPartners: Rule = {
  id: 'optional-partners',
  title: 'Survivors and other community partners considered',
  citation: 'WIC 16524.8(a)(2)',
  severity: 'warning',
  section: 'governance',
  check(draft) {
    const survivorAgency = draft.agencies.some((a) => fills(a, 'survivor-organization') && a.tookPart);
    if (survivorAgency || draft.sections.governance.survivorInput.trim() !== '') return [];
    return [{
      section: 'governance',
      path: 'sections.governance.survivorInput',
      message: 'No survivor input is recorded. The team may include survivors of sexual exploitation; add a survivor or survivor-led organization that took part, or describe how survivors informed the protocol.',
    }];
  },
};

export const teamRules: Rule[] = [leadAgency, ...partnerRules, optionalPartners];
