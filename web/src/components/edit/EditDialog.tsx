import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface EditDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
}

/** A modal <dialog>: the browser traps focus inside and closes it on Escape. */
export function EditDialog({ title, onClose, children, testId }: EditDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="edit-dialog"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="panel-head">
        <h2 id={`${testId}-title`}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('edit.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
