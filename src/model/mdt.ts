import { z } from 'zod';
import { recordId, text } from './fields';

export const CADENCES = ['weekly', 'every-two-weeks', 'monthly', 'quarterly', 'as-needed'] as const;

/** When a tier meets: within a time of a youth being identified, or on a regular cadence. */
export const convenesSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('within'),
    amount: z.number().int().positive(),
    unit: z.enum(['hours', 'days']),
  }),
  z.looseObject({
    kind: z.literal('regular'),
    cadence: z.enum(CADENCES),
  }),
]);

export const mdtTierSchema = z.looseObject({
  id: recordId(),
  name: z.string().default(''),
  purpose: text(),
  /** Agency id of the convener. */
  convenerAgencyId: z.string().nullable().default(null),
  memberAgencyIds: z.array(z.string()).default([]),
  convenes: convenesSchema.nullable().default(null),
  /** The three functions WIC 16524.8(b) asks the MDT approach to provide. */
  provides: z
    .looseObject({
      caseManagement: z.boolean().default(false),
      servicePlanning: z.boolean().default(false),
      services: z.boolean().default(false),
    })
    .prefault({}),
});

export type MdtTier = z.infer<typeof mdtTierSchema>;
export type Convenes = z.infer<typeof convenesSchema>;
