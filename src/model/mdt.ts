import { z } from 'zod';
import { recordId, text } from './fields';

/** What a tier provides: the functions WIC 16524.8(b) names (their words are in the statute data). */
export const MDT_FUNCTIONS = ['caseManagement', 'servicePlanning', 'services'] as const;
export type MdtFunction = (typeof MDT_FUNCTIONS)[number];

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
  provides: z
    .looseObject({
      caseManagement: z.boolean().default(false),
      servicePlanning: z.boolean().default(false),
      services: z.boolean().default(false),
    } satisfies Record<MdtFunction, unknown>)
    .prefault({}),
});

export type MdtTier = z.infer<typeof mdtTierSchema>;
export type Convenes = z.infer<typeof convenesSchema>;
