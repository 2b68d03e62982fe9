import { listInWords } from '../../lib/words';
import type { AgencyRole, Draft } from '../../model';
import type { Rule } from '../types';
import { agenciesOf, fills, requiredRoles } from '../partners';

const servicesSection: Rule = {
  id: 'services-section',
  title: 'The protocol addresses services to exploited children',
  basis: 'statute',
  severity: 'blocking',
  section: 'services',
  programProtocolOnly: true,
  citation: (law) => law.services?.citation ?? null,
  check(draft, { law }) {
    const services = draft.sections.services;
    if (services.text.trim() !== '' || services.offered.some((s) => s.name.trim() !== '')) return [];
    return [{
      section: 'services',
      path: 'sections.services',
      message: `The services section is empty. At a minimum the protocol must address the provision of services to sexually exploited children${law.services ? ` within ${law.services.value.within}` : ''}: list the services offered or describe them.`,
    }];
  },
};

const mdtFunctions: Rule = {
  id: 'mdt-functions',
  title: 'The MDT approach provides what the law names',
  basis: 'statute',
  severity: 'blocking',
  section: 'mdt',
  programProtocolOnly: true,
  citation: (law) => law.mdtFunctions?.citation ?? null,
  check(draft, { law }) {
    const functions = law.mdtFunctions!.value;
    const missing = functions.filter((f) => !draft.mdtTiers.some((tier) => tier.provides[f.key]));
    if (missing.length === 0) return [];
    return [{
      section: 'mdt',
      path: 'mdtTiers',
      message: `No multidisciplinary team tier provides ${listInWords(missing.map((f) => f.name))}. The protocol must use a multidisciplinary team approach to provide ${listInWords(functions.map((f) => f.name))}; mark which tier provides each.`,
    }];
  },
};

const mdtStructure: Rule = {
  id: 'mdt-structure',
  title: 'At least one MDT tier has a convener, members and a convening timeline',
  basis: 'practice',
  severity: 'warning',
  section: 'mdt',
  citation: () => 'Recommended practice: San Francisco and Los Angeles MDT protocols',
  check(draft) {
    if (draft.mdtTiers.length === 0) {
      return [{ section: 'mdt', path: 'mdtTiers', message: 'No multidisciplinary team tier is described. Add at least one tier with who convenes it, its members and when it meets.' }];
    }
    const gapsOf = (tier: Draft['mdtTiers'][number]) => [
      tier.convenerAgencyId === null || !draft.agencies.some((a) => a.id === tier.convenerAgencyId) ? 'a convening agency' : null,
      tier.memberAgencyIds.length === 0 ? 'member agencies' : null,
      tier.convenes === null ? 'when it convenes' : null,
    ].filter((gap): gap is string => gap !== null);
    // The practice asks for one complete tier; only when there is none is each tier's gap shown.
    if (draft.mdtTiers.some((tier) => gapsOf(tier).length === 0)) return [];
    return draft.mdtTiers.map((tier, index) => ({
      section: 'mdt',
      recordId: tier.id,
      path: `mdtTiers.${index}`,
      // A tier with no name yet is called as the wizard's list calls it ("Tier 2").
      message: `The MDT tier "${tier.name.trim() || `Tier ${index + 1}`}" does not say ${listInWords(gapsOf(tier))}.`,
    }));
  },
};

const mdtMembers: Rule = {
  id: 'mdt-members',
  title: 'MDT membership includes each required partner',
  basis: 'practice',
  severity: 'warning',
  section: 'mdt',
  // The section the partners are named in, without the words on which text of the law it is.
  citation: (law) => (law.team ? `Recommended practice, drawn from the partners ${law.team.citation.split(',')[0]} names` : null),
  check(draft, { law, statute }) {
    if (draft.mdtTiers.length === 0) return [];
    const team = law.team!.value;
    const nameOf = (role: string) => (role === team.lead.role ? team.lead.name : team.partners.find((p) => p.role === role)?.name ?? role);
    const members = new Set(draft.mdtTiers.flatMap((t) => [...t.memberAgencyIds, ...(t.convenerAgencyId ? [t.convenerAgencyId] : [])]));
    return draft.counties.flatMap((county) => {
      const taking = agenciesOf(draft, county).filter((a) => a.tookPart);
      // A partner missing from the team altogether is already a finding of its own.
      const absent = requiredRoles(draft, law, statute).filter((role) =>
        taking.some((a) => fills(a, role)) && !taking.some((a) => fills(a, role) && members.has(a.id)));
      if (absent.length === 0) return [];
      // By the agency's own name, with the role it fills: "the juvenile court in the county of
      // Modoc County" was the statute's words run into the county's.
      const named = (role: AgencyRole) => {
        const name = taking.find((a) => fills(a, role))!.name.trim();
        return name ? `${name} (${nameOf(role)})` : nameOf(role);
      };
      return [{
        county,
        section: 'mdt',
        path: 'mdtTiers',
        message: `No MDT tier includes ${listInWords(absent.map(named))}. ${absent.length === 1 ? 'Add it as a member of the tier where it takes part.' : 'Add them as members of the tiers where they take part.'}`,
      }];
    });
  },
};

export const mdtRules: Rule[] = [servicesSection, mdtFunctions, mdtStructure, mdtMembers];
