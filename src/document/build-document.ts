import { listInWords } from '../lib/words';
import { describeCounties, type Draft } from '../model';
import { CALIFORNIA, lawInForce, type Finding, type Statute } from '../requirements';
import { parseMarkup } from './markup';
import type { Block, BlockSource, MouDocument } from './model';
import { APPENDIX_TEMPLATE, COVER_TEMPLATE, CUSTOM_SECTION_TEMPLATE, REPORT_TEMPLATE, SECTION_TEMPLATES, SIGNATURE_STATUS_TEMPLATE, SIGNATURES_TEMPLATE } from './templates';
import { signatureStatusView } from './view/signature-status';
import { documentDraft } from './view/text';
import { bodyOrder, buildReportView, buildView, type BodyPart } from './view';

export interface BuildOptions {
  marking: 'draft' | 'final';
  /** The date printed as the production date (YYYY-MM-DD); pinned in tests. */
  today: string;
  findings: readonly Finding[];
  /** The law the MOU states; California's statute data unless a test supplies another text. */
  statute?: Statute;
  /** A final document's content hash (model/content-hash.ts), printed in its footer and properties. */
  contentHash?: string;
}

/** Runs the templates over the draft and returns the document model every writer renders. */
export function buildDocument(typed: Draft, options: BuildOptions): MouDocument {
  const draft = documentDraft(typed);
  const view = buildView(draft, options.findings, options);
  const parts: Array<{ markup: string; source?: BlockSource; lang?: (block: Block) => string | undefined }> = [{ markup: COVER_TEMPLATE(view), source: { section: 'basics' } }];
  for (const part of bodyOrder(draft)) {
    if (part.kind === 'custom') parts.push({ markup: CUSTOM_SECTION_TEMPLATE(part), source: { section: 'custom', recordId: part.id }, lang: languageOfBlocks(part) });
    else if (part.key === 'signatures') parts.push({ markup: SIGNATURES_TEMPLATE(view), source: { section: 'agencies' } });
    else parts.push({ markup: SECTION_TEMPLATES[part.key as keyof typeof SECTION_TEMPLATES](view), source: { section: part.key } });
  }
  parts.push({ markup: APPENDIX_TEMPLATE(view) });
  // Signature blocks follow the signing agencies in order, and the headings of sections 7 and 9
  // the tiers and the agencies (the Parties at level 2, then the others at level 3 under a
  // heading of their own, as roles.hbs sets them): each names its record, so that a comment on
  // one lands on it wherever it has moved. A heading after a level's records names none.
  const signing = draft.agencies.filter((a) => a.signs);
  let signature = 0;
  const headed: Partial<Record<string, Partial<Record<number, string[]>>>> = {
    mdt: { 2: draft.mdtTiers.map((tier) => tier.id) },
    roles: { 2: signing.map((agency) => agency.id), 3: draft.agencies.filter((a) => !a.signs).map((agency) => agency.id) },
  };
  const blocks: Block[] = parts.flatMap(({ markup, source, lang }) => parseMarkup(markup).map((block): Block => {
    if (!source) return block;
    const recordId = block.type === 'signature' ? signing[signature++]?.id
      : block.type === 'heading' ? headed[source.section]?.[block.level]?.shift() : undefined;
    const language = lang?.(block);
    return { ...block, source: recordId ? { ...source, recordId } : source, ...(language ? { lang: language } : {}) };
  }));

  const counties = describeCounties(draft.counties);
  const meta = documentMeta(draft, options);
  return {
    meta: {
      ...meta,
      title: view.title,
      subject: draft.kind === 'companion'
        ? `Companion protocol for commercially sexually exploited children, ${counties}`
        : `Interagency protocol for commercially sexually exploited children${view.legal.programProtocol && view.legal.program ? ` under ${view.legal.program.protocolSection}` : ''}, ${counties}`,
      header: `${counties} — ${draft.kind === 'companion' ? 'CSEC companion protocol' : 'CSEC interagency protocol'}`,
    },
    blocks,
  };
}

/**
 * The language of each block of a section written in another language than the MOU's: its text,
 * and its heading when the committee titled it. The words the MOU supplies stay English: the
 * heading of an untitled section ("Additional provisions"), and the note that it has no text.
 */
function languageOfBlocks(part: Extract<BodyPart, { kind: 'custom' }>): ((block: Block) => string | undefined) | undefined {
  const { lang, untitled } = part;
  if (!lang) return undefined;
  return (block) => {
    if (block.type === 'heading') return untitled ? undefined : lang;
    return block.type === 'paragraph' && block.style !== 'note' ? lang : undefined;
  };
}

/**
 * The compliance report: the crosswalk, the accepted warnings and the open findings, as a document
 * of its own that every writer renders as it renders the MOU.
 */
export function buildComplianceReport(typed: Draft, options: BuildOptions): MouDocument {
  const draft = documentDraft(typed);
  // Only the report's own view: the MOU's (its sections, agencies, law) is not needed here.
  const report = buildReportView(draft, options.findings, options);
  const counties = describeCounties(draft.counties);
  const meta = documentMeta(draft, options);
  return {
    meta: {
      ...meta,
      kind: 'compliance report',
      title: `Compliance report: ${report.protocolTitle}`,
      subject: `Compliance of the protocol with SB 855 and related law, ${counties}`,
      keywords: [...meta.keywords, 'compliance report'],
      header: `${counties} — CSEC protocol compliance report`,
    },
    blocks: parseMarkup(REPORT_TEMPLATE(report)),
  };
}

/** What the MOU's and the report's properties share: who wrote them, for whom, when, and how marked. */
function documentMeta(draft: Draft, options: BuildOptions): Omit<MouDocument['meta'], 'title' | 'subject' | 'header'> {
  const leads = draft.agencies.filter((a) => a.leadsTeam).map((a) => a.name.trim()).filter(Boolean);
  // The protocol's section of the law in force ("WIC 16524.8"), from the statute data.
  const section = lawInForce(options.statute ?? CALIFORNIA, options.today).program?.value.protocolSection;
  return {
    author: listInWords(leads) || describeCounties(draft.counties),
    keywords: ['CSEC', 'SB 855', ...(section ? [section] : []), 'interagency protocol', 'MOU', ...draft.counties],
    marking: options.marking,
    createdOn: options.today,
    ...(options.contentHash ? { contentHash: options.contentHash } : {}),
  };
}

/**
 * The signature status sheet of the submission packet: each signing agency, its signer, and
 * whether and when it signed, with the content hash of the text signed.
 */
export function buildSignatureStatus(draft: Draft, options: { today: string }): MouDocument {
  const view = signatureStatusView(draft, options);
  const meta = documentMeta(draft, { marking: 'final', today: options.today, findings: [], contentHash: view.hash });
  return {
    meta: {
      ...meta,
      kind: 'signature status',
      title: `Signature status: ${view.protocolTitle}`,
      subject: `Where the signing of the MOU stands, ${view.counties}`,
      keywords: [...meta.keywords, 'signature status'],
      header: `${view.counties} — CSEC protocol signature status`,
    },
    blocks: parseMarkup(SIGNATURE_STATUS_TEMPLATE(view)),
  };
}
