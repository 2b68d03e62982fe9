import { z } from 'zod';
import { CALIFORNIA_COUNTIES } from './counties';
import { personSchema, recordId, text } from './fields';
import { AGENCY_ROLES } from './roles';

export const agencySchema = z.looseObject({
  id: recordId(),
  name: z.string().default(''),
  /** The county the agency serves; a regional protocol checks partners county by county. */
  county: z.enum(CALIFORNIA_COUNTIES),
  /** One agency may fill several roles (a Health Department that is mental and public health). */
  roles: z.array(z.enum(AGENCY_ROLES)).default([]),
  representative: personSchema.prefault({}),
  /**
   * Leads the team that develops the protocol in its county. A fact of its own: WIC 16524.8(a)(1)
   * requires that the human services department lead, and a companion protocol may be led by another.
   */
  leadsTeam: z.boolean().default(false),
  /** Took part in developing the protocol: what WIC 16524.8(a)(1) requires of each partner. */
  tookPart: z.boolean().default(false),
  /** Signs the MOU: a separate question; a partner may take part and decline to sign. */
  signs: z.boolean().default(false),
  signer: personSchema.prefault({}),
  /** This agency's roles and responsibilities under the protocol (outline section 9). */
  responsibilities: text(),
});

export type Agency = z.infer<typeof agencySchema>;
