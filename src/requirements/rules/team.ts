import { capitalise } from '../../lib/words';
import type { Agency } from '../../model';
import type { LawInForce, Partner, Statute } from '../law/statute';
import { agenciesOf, agencyPath, fills, optionalPartnerNote, partnerDuties } from '../partners';
import type { RawFinding, Rule } from '../types';

const named = (agency: Agency, fallback: string) => agency.name.trim() || fallback;

const leadAgency: Rule = {
  id: 'lead-agency',
  title: 'The team is led by the county human services department, which took part',
  basis: 'statute',
  severity: 'blocking',
  section: 'governance',
  programProtocolOnly: true,
  perCounty: true,
  citation: (law) => law.team?.value.lead.citation ?? null,
  check(draft, { law }) {
    const lead = law.team!.value.lead;
    return draft.counties.flatMap((county): RawFinding[] => {
      const agencies = agenciesOf(draft, county);
      const leads = agencies.filter((a) => a.leadsTeam);
      const department = agencies.find((a) => fills(a, lead.role));
      const at = (agency: Agency, field: string) => ({ county, section: 'governance', recordId: agency.id, path: agencyPath(draft, agency, field) });
      if (leads.length === 0) {
        return [{
          ...(department ? at(department, 'leadsTeam') : { county, section: 'governance', path: 'agencies' }),
          message: department
            ? `No agency is recorded as leading the team for ${county} County. The law requires the team to be led by a representative of ${lead.name}: record that ${named(department, 'the human services department')} leads it.`
            : `No agency of ${county} County is recorded as ${lead.name}, and none as leading the team. Add the county human services department, give it that role, and record that it leads the team.`,
        }];
      }
      return leads.flatMap((agency): RawFinding[] => {
        if (!fills(agency, lead.role)) {
          return [{
            ...at(agency, 'leadsTeam'),
            message: `${named(agency, 'An agency')} is recorded as leading the team for ${county} County, but the law requires the team to be led by a representative of ${lead.name}. ${department ? `Record ${named(department, 'the human services department')} as the lead.` : 'Add the county human services department and record it as the lead.'}`,
          }];
        }
        if (!agency.tookPart) {
          return [{
            ...at(agency, 'tookPart'),
            message: `${named(agency, 'The human services department')} is recorded as leading the team for ${county} County but not as having taken part in developing the protocol. Mark “took part” on the agency.`,
          }];
        }
        return [];
      });
    });
  },
};

/** One rule per partner the statute has ever named, so a later text of the law adds its own. */
function partnerRule(partner: Partner): Rule {
  return {
    id: partner.ruleId,
    title: `${capitalise(partner.name)} took part in developing the protocol`,
    basis: 'statute',
    severity: 'blocking',
    section: 'governance',
    programProtocolOnly: true,
    perCounty: true,
    citation: (law) => partnerInForce(law, partner)?.citation ?? null,
    check(draft, { law, statute }) {
      const duty = partnerDuties(draft, law, statute).find((d) => d.partner.role === partner.role)!;
      const inForce = duty.partner;
      return draft.counties.flatMap((county): RawFinding[] => {
        const agencies = agenciesOf(draft, county).filter((a) => fills(a, inForce.role));
        if (agencies.some((a) => a.tookPart)) return [];
        const agency = agencies[0];
        return [{
          county,
          section: 'governance',
          ...(duty.optional ? {
            severity: 'warning' as const,
            note: optionalPartnerNote(duty),
            citation: `${inForce.citation}; ${duty.optional.citation}`,
            notRequiredBy: duty.optional.citation,
          } : {}),
          ...(agency ? { recordId: agency.id, path: agencyPath(draft, agency, 'tookPart') } : { path: 'agencies' }),
          message: agency
            ? `${named(agency, 'The agency')} fills the role of ${inForce.name} for ${county} County but is not marked as having taken part in developing the protocol. Mark “took part” once it has.`
            : `No agency of ${county} County is listed as ${inForce.name}. Add it to the team, or give the role to the agency that fills it.`,
        }];
      });
    },
  };
}

const partnerInForce = (law: LawInForce, partner: Partner) =>
  law.team?.value.partners.find((p) => p.role === partner.role) ?? null;


const optionalPartners: Rule = {
  id: 'optional-partners',
  title: 'Survivors and other community partners considered',
  basis: 'practice',
  severity: 'warning',
  section: 'governance',
  citation: (law) => (law.teamMayInclude ? `${law.teamMayInclude.citation} (the team may include them); recommended practice` : null),
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

/** The team rules for every partner any text of the statute has named, in the statute's order. */
export function teamRules(statute: Statute): Rule[] {
  const partners = new Map<string, Partner>();
  for (const period of statute.team.periods) for (const p of period.value.partners) if (!partners.has(p.role)) partners.set(p.role, p);
  return [leadAgency, ...[...partners.values()].map(partnerRule), optionalPartners];
}
