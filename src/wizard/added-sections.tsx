import { useMemo } from 'react';
import { z, type ZodType } from 'zod';
import {
  customSectionSchema, printable, SECTION_LANGUAGES, SECTION_LANGUAGE_TAGS, sectionBefore, UNTITLED_SECTION_TITLE,
  type CustomSection, type Draft, type SectionKey, type SectionLanguage,
} from '../model';
import { Field } from './fields';
import type { StepProps } from './section-step';
import type { FieldSpec } from './section-fields';
import { addedSectionName, addedSectionsOn } from './record-names';
import { MovedStatus, RecordList, RecordSummary } from './record-list';
import { RemovedNotice } from './removed-notice';
import { useListEdits } from './use-list-edits';
import { useStepForm } from './use-step-form';
import { short } from './answer-words';

/** The page's answers: the section, its language '' for the MOU's own English (absent in the draft). */
type SectionAnswers = Omit<CustomSection, 'lang'> & { lang: SectionLanguage | '' };

const schema = customSectionSchema.extend({ lang: z.enum(['', ...SECTION_LANGUAGE_TAGS]) }) as unknown as ZodType<SectionAnswers>;

/** The questions of a section the committee adds; where it goes is the page it was added from. */
export const ADDED_SECTION_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'Title of the section', hint: `As it should appear in the MOU and its contents, such as “Local resources”. Left empty, the MOU calls it “${UNTITLED_SECTION_TITLE}”.` },
  { kind: 'textarea', name: 'text', label: 'Text of the section', hint: 'Leave an empty line between paragraphs; a single line break stays within its paragraph.' },
  {
    kind: 'radios', name: 'lang', label: 'Language of the section',
    hint: 'The language its title and text are written in. The PDF, the Word file and the preview mark a section in another language as such, so that screen readers read it in that language.',
    // Each language's own name is marked as that language, for a screen reader's voice.
    options: [['', 'English, as the rest of the MOU'], ...SECTION_LANGUAGE_TAGS.map((tag) => {
      const { name, own } = SECTION_LANGUAGES[tag];
      return name === own ? [tag, name] as const : [tag, name, { lang: tag, words: own }] as const;
    })],
  },
];

/** An added section in brief, on one line: the start of its text. */
export const addedSectionInWords = (section: CustomSection) => {
  const text = section.text.replace(/\s+/g, ' ').trim();
  return text ? short(text) : 'no text yet';
};

/**
 * The language of an added section's own words where the wizard shows them (its title, the start
 * of its text), when it is written in another than English: a screen reader then reads them in it.
 */
export const languageOfWords = (section: CustomSection) => (section.lang ? {
  ...(printable(section.title).trim() ? { title: section.lang } : {}),
  ...(section.text.trim() ? { summary: section.lang } : {}),
} : undefined);

/** An added section's questions, on a page of its own. */
export function AddedSectionPage({ section, index, law, onEdit }: StepProps & { section: CustomSection; index: number }) {
  const at = `customSections.${index}`;
  const answers = useMemo((): SectionAnswers => ({ ...section, lang: section.lang ?? '' }), [section]);
  const { form, resets } = useStepForm(schema, answers, ({ lang, ...next }) => {
    // English is the MOU's own language: the draft records none (and keeps its content hash).
    onEdit({ kind: 'update', list: 'customSections', id: section.id, path: [], value: lang ? { ...next, lang } : next });
  }, { at, questions: ADDED_SECTION_FIELDS });
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="step-form" data-testid="added-section-page">
      {ADDED_SECTION_FIELDS.map((spec) => <Field key={spec.name} spec={spec} form={form} at={at} law={law} resets={resets} />)}
    </form>
  );
}

interface ListProps extends StepProps {
  step: SectionKey;
  onReplace: (draft: Draft) => void;
  /** Opens an added section's own page, focusing the first of `focus` that is there. */
  onItem: (id: string, options?: { focus?: string[] }) => void;
}

/** The button that adds a section after this one. */
const ADD_SECTION_ID = 'add-section';

/**
 * The sections the committee adds after this section of the outline, for what the outline does
 * not cover (a county's own provisions), each with Change, reordering and Remove (with undo).
 */
export function AddedSections({ step, draft, onEdit, onReplace, onItem }: ListProps) {
  const last = sectionBefore({ after: null }) === step;
  // On the last section's page, a new section goes at the end of the body, after every other
  // listed there, as the button below them promises.
  const edits = useListEdits('customSections', draft, onEdit, onReplace, (id, focus) => onItem(id, { focus }),
    { shown: (of) => addedSectionsOn(of, step), start: { after: last ? null : step } });
  const added = addedSectionsOn(draft, step);
  return (
    <section aria-labelledby="added-heading" className="records-block" data-testid="added-sections">
      <h3 id="added-heading">Sections of your own after this one</h3>
      <p className="usa-hint">
        A section of your own holds what the outline does not cover, such as your county’s own provisions. The MOU
        prints it after this section{last ? ', before the signatures' : ''}, numbered with the others: {last ? 'the signatures take the next number after it.' : 'each section after it takes the next number up.'}
      </p>
      <RemovedNotice removed={edits.removed} id={edits.noticeId} onUndo={edits.undo} />
      <MovedStatus moved={edits.moved} />
      <RecordList list="customSections" label="Sections of your own" empty="None added.">
        {added.map(({ section, index }, at) => (
          <RecordSummary key={section.id} testId="added-section" level={4} summary={addedSectionInWords(section)} lang={languageOfWords(section)} list="customSections" id={section.id}
            title={addedSectionName(draft, index)} index={at} count={added.length} onChange={() => onItem(section.id)}
            onMove={(to) => edits.move(section.id, to)} onRemove={() => edits.remove(index)} />
        ))}
      </RecordList>
      <button type="button" id={ADD_SECTION_ID} className="usa-button usa-button--outline" onClick={() => edits.add()}>
        {added.length ? 'Add another section here' : 'Add a section after this one'}
      </button>
    </section>
  );
}
