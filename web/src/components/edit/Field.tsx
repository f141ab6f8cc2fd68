import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../core/editing/types';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-field': string;
}

interface FieldProps {
  name: string;
  label: string;
  error: FieldError | undefined;
  required?: boolean;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
}

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field({ name, label, error, required = false, hint, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field form-field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
        'data-field': name,
      })}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="error-text" data-testid={`error-${name}`}>
          {t(`rule.${error}`)}
        </small>
      )}
    </div>
  );
}
