import { capitalise, listInWords } from '../../lib/words';
import { CADENCE_LABELS, type Convenes, type Draft } from '../../model';
import type { LawInForce } from '../../requirements';
import { agencyName } from './agencies';
import { nameOr, paragraphs } from './text';


function convenesText(convenes: Convenes | null): string {
  if (convenes === null) return 'Not yet set';
  if (convenes.kind === 'regular') return `Meets ${CADENCE_LABELS[convenes.cadence]}`;
  const unit = convenes.amount === 1 ? convenes.unit.slice(0, -1) : convenes.unit;
  return `Within ${convenes.amount} ${unit} of identification`;
}

export function mdtView(draft: Draft, law: LawInForce) {
  const functions = law.mdtFunctions?.value ?? [];
  const byId = new Map(draft.agencies.map((a) => [a.id, agencyName(a)]));
  const tiers = draft.mdtTiers.map((tier, index) => {
    const provides = functions.filter((f) => tier.provides[f.key]).map((f) => f.name);
    return {
      name: nameOr(tier.name, `MDT tier ${index + 1}`),
      purpose: paragraphs(tier.purpose),
      convener: tier.convenerAgencyId === null ? 'Not yet named' : byId.get(tier.convenerAgencyId) ?? 'Not yet named',
      members: listInWords(tier.memberAgencyIds.map((id) => byId.get(id)).filter((name): name is string => !!name)) || 'Not yet named',
      convenes: convenesText(tier.convenes),
      provides: provides.length > 0 ? capitalise(listInWords(provides)) : 'Not yet set',
    };
  });
  const covered = functions.filter((f) => draft.mdtTiers.some((t) => t.provides[f.key])).map((f) => f.name);
  return {
    tiers,
    hasTiers: tiers.length > 0,
    functions: covered.length > 0 ? listInWords(covered) : null,
    allFunctions: functions.length > 0 && covered.length === functions.length,
  };
}

