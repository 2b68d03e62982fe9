import type { HTMLAttributes, ReactNode, Ref } from 'react';

interface Props extends HTMLAttributes<HTMLDivElement> {
  kind: 'error' | 'warning' | 'info' | 'success';
  heading?: ReactNode;
  slim?: boolean;
  children?: ReactNode;
  'data-testid'?: string;
  ref?: Ref<HTMLDivElement>;
}

/** A USWDS alert: its colour and icon say the kind, its heading says what happened. */
export function Alert({ kind, heading, slim = false, children, className = '', ...rest }: Props) {
  return (
    <div className={`usa-alert usa-alert--${kind}${slim ? ' usa-alert--slim' : ''} ${className}`.trim()} {...rest}>
      <div className="usa-alert__body">
        {heading && <p className="usa-alert__heading">{heading}</p>}
        <div className="usa-alert__text">{children}</div>
      </div>
    </div>
  );
}
