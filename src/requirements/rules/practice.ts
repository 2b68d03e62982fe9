import { listInWords } from '../../lib/words';
import { INFO_SHARING_AUTHORITIES, TRAINING_AUDIENCE_LABELS } from '../../model';
import type { Rule } from '../types';

/** The California codes among the authorities the wizard offers, as citations are written ("WIC 18961.7", "PC 13753"). */
const STATE_AUTHORITIES = INFO_SHARING_AUTHORITIES.flatMap((key) => {
  const [, code, section] = /^(wic|pc)-(.+)$/.exec(key) ?? [];
  return code ? [`${code.toUpperCase()} ${section}`] : [];
});

const screening: Rule = {
  id: 'screening',
  title: 'Identification says who screens, whom, when and with what tool',
  basis: 'practice',
  severity: 'warning',
  section: 'identification',
  // The statute requires the policies; who screens whom, when and with what is practice. Listed
  // among what the law does not require, the citation says so rather than cite the statute bare.
  citation: (law) => (law.identification ? `Recommended practice, for the policies ${law.identification.citation} requires` : 'Recommended practice'),
  check(draft) {
    const id = draft.sections.identification;
    const gaps = [
      id.screenedBy.trim() === '' ? ['who screens', 'screenedBy'] : null,
      id.population.trim() === '' && id.minimumAge === null ? ['which children and youth are screened', 'population'] : null,
      id.timing.trim() === '' ? ['when screening happens', 'timing'] : null,
      id.screeningTool.trim() === '' ? ['which screening tool is used', 'screeningTool'] : null,
    ].filter((gap): gap is [string, string] => gap !== null);
    if (gaps.length === 0) return [];
    return [{
      section: 'identification',
      path: `sections.identification.${gaps[0]![1]}`,
      message: `The identification section does not say ${listInWords(gaps.map((g) => g[0]))}. Child welfare and probation must have policies to identify children who are or are at risk of being commercially sexually exploited.`,
    }];
  },
};

const infoSharing: Rule = {
  id: 'info-sharing',
  title: 'A legal authority for sharing information is cited',
  basis: 'practice',
  severity: 'warning',
  section: 'informationSharing',
  citation: () => `Recommended practice: cite the authority relied on (such as ${STATE_AUTHORITIES.join(', ')})`,
  check(draft) {
    const sharing = draft.sections.informationSharing;
    if (sharing.authorities.length > 0 || sharing.otherAuthorities.some((a) => a.trim() !== '')) return [];
    return [{
      section: 'informationSharing',
      path: 'sections.informationSharing.authorities',
      message: `The information-sharing section cites no legal authority for sharing confidential information. Choose the authorities the team relies on, such as ${STATE_AUTHORITIES[0]} for a child abuse multidisciplinary team.`,
    }];
  },
};

const training: Rule = {
  id: 'training',
  title: 'Training reaches the people the CSEC Program funds training for',
  basis: 'statute',
  severity: 'warning',
  section: 'training',
  // The training belongs to the program's funds (WIC 16524.7), which the county's CSEC Program
  // protocol plans: advice for a companion protocol or a county outside the program.
  programProtocolOnly: true,
  notBoundNote: (reason, citation, hasNot) => (reason === 'companion'
    ? `Advice only: ${citation} concerns the training the CSEC Program funds, which the county’s CSEC Program protocol plans, and this is a companion protocol.`
    : `Advice only: ${citation} concerns the training the CSEC Program funds, and ${hasNot} elected to receive the program’s funds.`),
  citation: (law) => law.training?.citation ?? null,
  check(draft, { law }) {
    const audiences = draft.sections.training.audiences;
    const absent = law.training!.value.audiences.filter((a) => !audiences.includes(a)).map((a) => TRAINING_AUDIENCE_LABELS[a]);
    if (absent.length === 0) return [];
    return [{
      section: 'training',
      path: 'sections.training.audiences',
      message: `The training plan does not include ${listInWords(absent, 'or')}, whom CSEC Program funds are meant to train.`,
    }];
  },
};

export const practiceRules: Rule[] = [screening, infoSharing, training];
