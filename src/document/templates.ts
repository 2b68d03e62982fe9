import Handlebars from 'handlebars/runtime';
import administration from '../../templates/mou/administration.hbs';
import appendix from '../../templates/mou/appendix.hbs';
import compliance from '../../templates/report/compliance.hbs';
import cover from '../../templates/mou/cover.hbs';
import custom from '../../templates/mou/custom.hbs';
import data from '../../templates/mou/data.hbs';
import definitions from '../../templates/mou/definitions.hbs';
import funding from '../../templates/mou/funding.hbs';
import governance from '../../templates/mou/governance.hbs';
import identification from '../../templates/mou/identification.hbs';
import informationSharing from '../../templates/mou/informationSharing.hbs';
import mdt from '../../templates/mou/mdt.hbs';
import principles from '../../templates/mou/principles.hbs';
import purpose from '../../templates/mou/purpose.hbs';
import reporting from '../../templates/mou/reporting.hbs';
import roles from '../../templates/mou/roles.hbs';
import services from '../../templates/mou/services.hbs';
import signatureStatus from '../../templates/report/signatures.hbs';
import signatures from '../../templates/mou/signatures.hbs';
import training from '../../templates/mou/training.hbs';
import type { SectionKey } from '../model';

// A private runtime with no helpers of our own: templates get only the built-in block helpers
// they were precompiled against (tools/handlebars-precompile.js).
const runtime = Handlebars.create();
type Render = (view: unknown) => string;
const load = (spec: TemplateSpecification): Render => runtime.template(spec);

export const SECTION_TEMPLATES: Record<SectionKey, Render> = {
  purpose: load(purpose),
  definitions: load(definitions),
  principles: load(principles),
  governance: load(governance),
  identification: load(identification),
  reporting: load(reporting),
  mdt: load(mdt),
  services: load(services),
  roles: load(roles),
  informationSharing: load(informationSharing),
  training: load(training),
  data: load(data),
  funding: load(funding),
  administration: load(administration),
};

export const COVER_TEMPLATE = load(cover);
export const CUSTOM_SECTION_TEMPLATE = load(custom);
export const SIGNATURES_TEMPLATE = load(signatures);
export const APPENDIX_TEMPLATE = load(appendix);
export const REPORT_TEMPLATE = load(compliance);
export const SIGNATURE_STATUS_TEMPLATE = load(signatureStatus);
