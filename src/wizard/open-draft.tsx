import type { ChangeEvent } from 'react';

interface Props {
  onFileChosen: (file: File) => void;
  /** A draft received from a county, to review: it opens read-only, for comments. */
  onReviewFileChosen: (file: File) => void;
  onUseSample: () => void;
}

/** The two ways in: a draft file saved earlier, or the built-in sample protocol. */
export function OpenDraft({ onFileChosen, onReviewFileChosen, onUseSample }: Props) {
  const handleChange = (chosen: (file: File) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    input.value = '';
    if (file) chosen(file);
  };
  return (
    <section className="panel start" aria-labelledby="start-heading">
      <h2 id="start-heading" tabIndex={-1}>Open a draft file, review one, or try the sample</h2>
      <p className="start__intro">
        Open a protocol draft saved earlier, here or by another member of the committee, or start from
        the sample to see how the checks work. A file opens as a draft of its own beside the others; files
        are read here in your browser and are never uploaded.
      </p>
      <div className="start__choices">
        <div className="start__choice">
          <label htmlFor="draft-file" className="usa-label start__label">
            Open a draft file
          </label>
          <input
            id="draft-file"
            type="file"
            accept=".json,.csecmou.json"
            aria-describedby="draft-file-hint"
            onChange={handleChange(onFileChosen)}
          />
          <p id="draft-file-hint" className="usa-hint">
            A <code>.csecmou.json</code> file saved by this app.
          </p>
        </div>
        <div className="start__choice">
          <label htmlFor="review-file" className="usa-label start__label">
            Review a draft you received
          </label>
          <input id="review-file" type="file" accept=".json,.csecmou.json" aria-describedby="review-file-hint" onChange={handleChange(onReviewFileChosen)} />
          <p id="review-file-hint" className="usa-hint">
            For technical-assistance staff and partner agencies: read a county’s draft file, comment on each
            section and send back a small review file. The committee’s text cannot be changed.
          </p>
        </div>
        <div className="start__choice">
          <p className="start__label" id="sample-label">
            See how it works
          </p>
          <button
            type="button"
            className="usa-button"
            onClick={onUseSample}
            aria-describedby="sample-hint"
          >
            Use the sample protocol
          </button>
          <p id="sample-hint" className="usa-hint">
            A complete single-county protocol to look through, change, check and export. It opens as a
            draft of its own.
          </p>
        </div>
      </div>
    </section>
  );
}
