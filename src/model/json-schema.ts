import { z } from 'zod';
import { draftSchema } from './draft';
import { DRAFT_FORMAT, DRAFT_VERSION } from './envelope';

/**
 * The JSON Schema of a draft file as this version writes it, for people who script against the
 * format. Generated from the zod schema so the two cannot disagree (docs/draft.schema.json).
 */
export function draftFileJsonSchema(): Record<string, unknown> {
  const envelope = z.looseObject({
    format: z.literal(DRAFT_FORMAT),
    version: z.literal(DRAFT_VERSION),
    app: z.string().optional(),
    savedAt: z.string().optional(),
    draft: draftSchema,
  });
  return {
    ...z.toJSONSchema(envelope, { io: 'input', target: 'draft-2020-12' }),
    title: 'CSEC Protocol & MOU Wizard draft file',
    description: `A county's SB 855 interagency protocol draft, format "${DRAFT_FORMAT}" version ${DRAFT_VERSION}. See docs/draft-format.md.`,
  };
}
