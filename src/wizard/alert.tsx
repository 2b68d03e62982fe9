import type { HTMLAttributes, ReactNode, Ref } from 'react';

interface Props extends HTMLAttributes<HTMLDivElement> {
  kind: 'error' | 'warning' | 'info' | 'success';
  heading?: ReactNode;
  /**
   * The heading's level where it stands: 2 at the top of the page, 3 inside a panel. A heading,
   * so that a screen reader's list of headings finds the alert (WCAG 1.3.1).
   */
  level?: 2 | 3;
  slim?: boolean;
  children?: ReactNode;
  'data-testid'?: string;
  ref?: Ref<HTMLDivElement>;
}

/** A USWDS alert: its colour and icon say the kind, its heading says what happened. */
export function Alert({ kind, heading, level = 2, slim = false, children, className = '', ...rest }: Props) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <div className={`usa-alert usa-alert--${kind}${slim ? ' usa-alert--slim' : ''} ${className}`.trim()} {...rest}>
      <div className="usa-alert__body">
        {heading && <Heading className="usa-alert__heading">{heading}</Heading>}
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
