import { type ReactNode, useState } from 'react';
import { usePhone } from '../../core/layout/phone';

interface PhoneFoldProps {
  /** What the folded controls are, and their current state ("Obszar: Polska"). */
  summary: string;
  className: string;
  testId: string;
  children: ReactNode;
}

/**
 * Controls that fold away on a phone, so the canvas starts on the first screen: a disclosure
 * (closed at first) there, and the plain block on a wide screen.
 */
export function PhoneFold({ summary, className, testId, children }: PhoneFoldProps) {
  const phone = usePhone();
  const [open, setOpen] = useState(false);
  if (!phone) {
    return (
      <div className={className} data-testid={testId}>
        {children}
      </div>
    );
  }
  return (
    <details
      className="phone-fold"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid={`${testId}-fold`}
    >
      <summary>{summary}</summary>
      <div className={className} data-testid={testId}>
        {children}
      </div>
    </details>
  );
}
