import { get, type FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sectionsSchema } from '../../src/model';
import { SECTION_FIELDS, type FieldSpec } from '../../src/wizard/section-fields';
import { schemaResolver } from '../../src/wizard/use-step-form';

const sections = sectionsSchema.unwrap().shape;

/** The message the resolver gives each of `names` for `values`, as the field and the error summary show it. */
async function messages<T extends FieldValues>(schema: z.ZodType<T>, fields: readonly FieldSpec[], values: Record<string, unknown>, names: string[]) {
  const { errors } = await schemaResolver(schema, fields)(values as T, undefined, { fields: {}, shouldUseNativeValidation: false });
  return names.map((name) => (get(errors, name) as { message?: string } | undefined)?.message);
}

describe('the error messages of a step’s form', () => {
  it('names the question of each wrong number, so two on one page are two different messages', async () => {
    const reporting = sections.reporting.parse({});
    const [written, missing] = await messages(sections.reporting, SECTION_FIELDS.reporting,
      { ...reporting, writtenReportWithinHours: Number('3 6'), missingCseReport: { ...reporting.missingCseReport, reportWithinHours: Number('one day') } },
      ['writtenReportWithinHours', 'missingCseReport.reportWithinHours']);
    expect(written).toBe('Written report follows the telephone report within: enter a number of hours, such as 24, or leave it empty.');
    expect(missing).toBe('A missing child at risk of exploitation is reported within: enter a number of hours, such as 24, or leave it empty.');
  });

  it('names the question of a whole number, and of a number out of range', async () => {
    const identification = sections.identification.parse({});
    const [youngest, oldest] = await messages(sections.identification, SECTION_FIELDS.identification,
      { ...identification, minimumAge: 12.5, maximumAge: 40 }, ['minimumAge', 'maximumAge']);
    expect(youngest).toBe('Youngest age screened: enter a whole number of years.');
    expect(oldest).toBe('Oldest age screened: enter 25 or less.');
  });

  it('offers “or leave it empty” only where a rule over the form does not require the answer', async () => {
    // As an MDT tier's form: "Meets within" may be empty unless the tier meets within a set time.
    const tier = z.object({ meets: z.enum(['', 'within']), amount: z.number().positive().nullable(), note: z.number().nullable() })
      .superRefine((t, ctx) => {
        if (t.meets === 'within' && t.amount === null) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter how long.' });
      });
    const fields: FieldSpec[] = [
      { kind: 'number', name: 'amount', label: 'Meets within', unit: '' },
      { kind: 'number', name: 'note', label: 'Another number', unit: 'days' },
    ];
    // Both wrong at once: the rule still decides, though zod skips it while another field is wrong.
    expect(await messages(tier, fields, { meets: 'within', amount: Number('2 4'), note: Number('x') }, ['amount', 'note']))
      .toEqual(['Meets within: enter a number, such as 24.', 'Another number: enter a number of days, such as 24, or leave it empty.']);
    expect(await messages(tier, fields, { meets: '', amount: Number('2 4'), note: null }, ['amount']))
      .toEqual(['Meets within: enter a number, such as 24, or leave it empty.']);
  });
});
