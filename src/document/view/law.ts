import { documentDate } from './text';
import { listInWords } from '../../lib/words';
import { countiesOutsideCsecProgram, describeCounties, type Draft } from '../../model';
import { citationAsSubject, citationInWords, notBoundReason, partnerDuties, type LawInForce, type Statute } from '../../requirements';

/**
 * A citation read in the sentence just after another of the same code: "section 300(b)" after
 * "Under Welfare and Institutions Code section 300(b)(2)", the code named in full otherwise.
 */
function afterItsCode(citation: string, before: string): string {
  const code = /^(WIC|PC) (?=\d)/.exec(citation)?.[1];
  return code && before.startsWith(`${code} `) ? citation.replace(`${code} `, 'section ') : citationInWords(citation);
}

/**
 * What the MOU says of the law, read from the statute data in force on the production date, so
 * the document states exactly what the checks enforce.
 */
export function legalView(draft: Draft, law: LawInForce, statute: Statute) {
  const duties = law.team ? partnerDuties(draft, law, statute) : [];
  const omitted = duties.filter((d) => d.optional);
  const first = omitted[0]?.optional;
  const notBound = notBoundReason(draft);
  const outside = notBound === null ? countiesOutsideCsecProgram(draft) : [];
  const electing = draft.counties.filter((county) => !outside.includes(county));
  return {
    programProtocol: notBound === null,
    notInProgram: notBound === 'not-in-program',
    // A regional protocol that is the protocol of some of its counties only (WIC 16524.8: "each county electing").
    mixed: outside.length > 0 ? {
      electing: describeCounties(electing),
      severalElecting: electing.length > 1,
      outside: describeCounties(outside),
      severalOutside: outside.length > 1,
    } : null,
    program: law.program && {
      name: law.program.value.name,
      sections: law.program.value.sections,
      protocolSection: citationInWords(law.program.value.protocolSection),
      cite: citationInWords(law.program.citation),
    },
    team: law.team && {
      lead: law.team.value.lead.name,
      partners: listInWords(law.team.value.partners.map((p) => p.name)),
    },
    mdt: law.mdtFunctions && {
      functions: listInWords(law.mdtFunctions.value.map((f) => f.name)),
      cite: citationInWords(law.mdtFunctions.citation),
    },
    // WIC 16524.8(c): a protocol first developed before partners were added may leave them out.
    omitted: first ? {
      names: listInWords(omitted.map((d) => d.partner.name)),
      since: documentDate(first.since),
      cite: citationInWords(first.citation),
    } : null,
    funds: law.programFunds && { cite: citationInWords(law.programFunds.citation) },
    missingFromCare: law.missingFromCare && { meaning: law.missingFromCare.value.meaning, cite: citationAsSubject(law.missingFromCare.citation) },
    services: law.services && { within: citationInWords(law.services.value.within) },
    exploited: law.exploitedChildren && {
      who: law.exploitedChildren.value.who,
      describedIn: afterItsCode(law.exploitedChildren.value.describedIn, law.exploitedChildren.citation),
      cite: citationInWords(law.exploitedChildren.citation),
    },
  };
}
