import { listInWords } from '../../lib/words';
import { CADENCE_LABELS, type Convenes, type Draft } from '../../model';
import { agencyName } from './agencies';
import { nameOr, paragraphs } from './text';

const FUNCTIONS = [
  ['caseManagement', 'coordinated case management'],
  ['servicePlanning', 'service planning'],
  ['services', 'services'],
] as const;

function convenesText(convenes: Convenes | null): string {
  if (convenes === null) return 'Not yet set';
  if (convenes.kind === 'regular') return `Meets ${CADENCE_LABELS[convenes.cadence]}`;
  const unit = convenes.amount === 1 ? convenes.unit.slice(0, -1) : convenes.unit;
  return `Within ${convenes.amount} ${unit} of identification`;
}

export function mdtView(draft: Draft) {
  const byId = new Map(draft.agencies.map((a) => [a.id, agencyName(a)]));
  const tiers = draft.mdtTiers.map((tier, index) => {
    const provides = FUNCTIONS.filter(([key]) => tier.provides[key]).map(([, label]) => label);
    return {
      name: nameOr(tier.name, `MDT tier ${index + 1}`),
      purpose: paragraphs(tier.purpose),
      convener: tier.convenerAgencyId === null ? 'Not yet named' : byId.get(tier.convenerAgencyId) ?? 'Not yet named',
      members: listInWords(tier.memberAgencyIds.map((id) => byId.get(id)).filter((name): name is string => !!name)) || 'Not yet named',
      convenes: convenesText(tier.convenes),
      provides: provides.length > 0 ? capitalize(listInWords(provides)) : 'Not yet set',
    };
  });
  const covered = FUNCTIONS.filter(([key]) => draft.mdtTiers.some((t) => t.provides[key])).map(([, label]) => label);
  return {
    tiers,
    hasTiers: tiers.length > 0,
    functions: covered.length > 0 ? listInWords(covered) : null,
    allFunctions: covered.length === FUNCTIONS.length,
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
