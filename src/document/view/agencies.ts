import { listInWords } from '../../lib/words';
import { ROLE_LABELS, type Agency, type Draft } from '../../model';
import { nameOr, oneLine, paragraphs } from './text';

export interface AgencyView {
  id: string;
  name: string;
  county: string;
  roles: string;
  representative: string | null;
  responsibilities: string[];
  tookPart: boolean;
  signs: boolean;
}

export const agencyName = (agency: Agency): string => nameOr(agency.name, 'Unnamed agency');

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether an agency's name says its county: "Lake County Sheriff's Office" or "County of Lake
 * Probation", as whole words. A county's name alone within another word is not it ("Clearlake
 * Police Department" is in Lake County, but its name does not say so), nor is a place named after
 * the county ("Napa Valley College"): the county is printed with those.
 */
export function nameSaysCounty(name: string, county: string): boolean {
  const words = escapeRegExp(county.trim()).replace(/\s+/g, '\\s+');
  return words !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])(${words}\\s+County|County\\s+of\\s+${words})(?![\\p{L}\\p{N}])`, 'iu').test(name);
}

/** "Probation, Modoc County" for a regional protocol, unless the name already says the county. */
const withCounty = (name: string, county: string, regional: boolean) =>
  regional && !nameSaysCounty(name, county) ? `${name}, ${county} County` : name;

export function agencyView(agency: Agency): AgencyView {
  const rep = [oneLine(agency.representative.name), oneLine(agency.representative.title)].filter(Boolean).join(', ');
  return {
    id: agency.id,
    name: agencyName(agency),
    county: agency.county,
    // "County mental health department and county public health department": one capital.
    roles: listInWords(agency.roles.map((role, i) => (i === 0 || role === 'tribe' ? ROLE_LABELS[role] : lowerFirst(ROLE_LABELS[role])))) || 'Partner agency',
    representative: rep || null,
    responsibilities: paragraphs(agency.responsibilities),
    tookPart: agency.tookPart,
    signs: agency.signs,
  };
}

/** The Parties are the agencies that sign; the rest of each county's team took part without signing. */
export function partiesByCounty(draft: Draft) {
  return draft.counties.map((county) => {
    const agencies = draft.agencies.filter((a) => a.county === county);
    const signing = agencies.filter((a) => a.signs);
    const team = agencies.filter((a) => a.tookPart);
    const leads = agencies.filter((a) => a.leadsTeam).map(agencyName);
    return {
      county,
      parties: signing.map(agencyView),
      participants: agencies.filter((a) => !a.signs && a.tookPart).map(agencyView),
      leadNames: leads.length > 0 ? listInWords(leads) : null,
      teamNames: listInWords(team.filter((a) => !a.leadsTeam).map(agencyName)) || null,
    };
  });
}

export function signaturesView(draft: Draft) {
  const regional = draft.counties.length > 1;
  return {
    signers: draft.agencies.filter((a) => a.signs).map((a) => ({
      agency: agencyName(a),
      county: regional && !nameSaysCounty(agencyName(a), a.county) ? a.county : '',
      name: oneLine(a.signer.name),
      title: oneLine(a.signer.title),
    })),
    participatingOnly: draft.agencies.filter((a) => a.tookPart && !a.signs).map((a) => withCounty(agencyName(a), a.county, regional)),
    approvals: approvalBlocks(draft),
  };
}

/** Each county's chosen approval blocks, in the protocol's order of counties: signature blocks with a title to sign above. */
function approvalBlocks(draft: Draft) {
  return draft.counties.flatMap((county) => {
    const chosen = draft.countyApprovals.find((approval) => approval.county === county);
    if (!chosen) return [];
    const block = (agency: string, title: string) => ({ agency, county: '', name: '', title });
    const blocks = [
      ...(chosen.countyCounsel ? [block(`Approved as to form: ${county} County Counsel`, 'County Counsel')] : []),
      ...(chosen.boardOfSupervisors ? [
        block(`${county} County Board of Supervisors`, 'Chair, Board of Supervisors'),
        block(`Attest: Clerk of the ${county} County Board of Supervisors`, 'Clerk of the Board'),
      ] : []),
    ];
    // A county's approvals stay on one page: a clerk attests the chair's signature beside it.
    return blocks.map((approval, index) => ({ ...approval, withNext: index < blocks.length - 1 }));
  });
}
