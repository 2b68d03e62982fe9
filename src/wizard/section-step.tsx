import { useContext, useMemo, useState, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { sectionsSchema, type Draft, type DraftEdit, type SectionKey, type Sections } from '../model';
import type { LawInForce } from '../requirements';
import { Field } from './fields';
import { MODEL_SECTION_TEXT } from './model-language';
import { SECTION_FIELDS } from './section-fields';
import { fieldId } from './steps';
import { agencyChoices, type SectionItem } from './record-names';
import { ItemPageContext, ItemRemovalHandover, ListMovedContext, removedItemNoticeId, removedItemTitle, type ItemRemoved } from './records-field';
import { useStepForm } from './use-step-form';

export interface StepProps {
  draft: Draft;
  law: LawInForce;
  onEdit: (edits: DraftEdit | DraftEdit[]) => void;
}

/**
 * A section of the outline: its questions, read from the model's schema for that section; or, on
 * an item's own page (`item`, the definitions' second term), that item's questions alone, in the
 * same form.
 */
export function SectionStep({ sectionKey, draft, law, onEdit, children, added, footer, item = null, onItem = () => {} }: StepProps & {
  sectionKey: SectionKey;
  /** Lists the section holds besides its questions (agencies' duties, MDT tiers). */
  children?: ReactNode;
  /** The sections the committee added after this one, listed after its questions. */
  added?: ReactNode;
  footer: ReactNode;
  item?: SectionItem | null;
  /** Opens an item's page, or the section's page again (null), focusing the first of `focus` there. */
  onItem?: (item: string | null, focus: string[]) => void;
}) {
  // The section's own schema from the model: the form checks exactly what the draft accepts.
  const schema = sectionsSchema.unwrap().shape[sectionKey] as unknown as ZodType<Sections[SectionKey]>;
  const at = `sections.${sectionKey}`;
  const { form, resets } = useStepForm(schema, draft.sections[sectionKey], (next) => onEdit({ kind: 'set', path: ['sections', sectionKey], value: next }),
    { at, questions: SECTION_FIELDS[sectionKey] });
  const roster = agencyChoices(draft);
  const model = MODEL_SECTION_TEXT[sectionKey];
  const insertModel = () => {
    const current = String(form.getValues('text' as never) ?? '').trim();
    form.setValue('text' as never, (current ? `${current}\n\n${model}` : model) as never, { shouldDirty: true });
    document.getElementById(fieldId(`${at}.text`))?.focus();
  };
  // Once the further provisions hold it, a second press would only repeat it.
  const modelInserted = String(form.watch('text' as never) ?? '').includes(model);
  // An item removed on its own page: the list shows the notice, with Undo, once it opens. The
  // form, which holds the whole section, is the same on both pages.
  const [handed, hand] = useState<ItemRemoved | null>(null);
  const handover = useMemo(() => ({ handed, hand }), [handed]);
  const listMoved = useContext(ListMovedContext);
  if (item) {
    const { spec, index } = item;
    const removeHere = () => {
      const listed = (form.getValues() as Record<string, unknown>)[spec.name];
      const items = Array.isArray(listed) ? listed : [];
      const value = items[index];
      const list = fieldId(`${at}.${spec.name}`);
      form.setValue(spec.name as never, items.filter((_, i) => i !== index) as never, { shouldDirty: true });
      listMoved(`${sectionKey}.${spec.name}`, { kind: 'remove', at: index });
      hand({ list, index, value, title: removedItemTitle(spec, value, index) });
      onItem(null, [removedItemNoticeId(list)]);
    };
    return (
      <>
        <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form" data-testid="item-page">
          {spec.fields.map((sub) => (
            <Field key={sub.name} spec={{ ...sub, name: `${spec.name}.${index}.${sub.name}` }} form={form} at={at} law={law} resets={resets} roster={roster} />
          ))}
        </form>
        <p className="record-page__remove">
          <button type="button" className="usa-button usa-button--unstyled link-button" onClick={removeHere}>Remove this {spec.noun}</button>
        </p>
        {footer}
      </>
    );
  }
  return (
    <ItemRemovalHandover.Provider value={handover}>
      <ItemPageContext.Provider value={onItem}>
        {children}
        <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form">
          {SECTION_FIELDS[sectionKey].map((spec) => (
            <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} roster={roster} />
          ))}
        </form>
        <div className="model-language">
          <p className="model-language__text">Our model language for this section, to insert into its further provisions and then edit: “{model}”</p>
          {modelInserted
            ? <p className="usa-hint" data-testid="model-inserted">It is in the further provisions, to edit there.</p>
            : <button type="button" className="usa-button usa-button--outline" onClick={insertModel}>Insert our model language</button>}
        </div>
        {added}
        {footer}
      </ItemPageContext.Provider>
    </ItemRemovalHandover.Provider>
  );
}
