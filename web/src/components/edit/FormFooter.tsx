import { useTranslation } from 'react-i18next';

interface FormFooterProps {
  /** Why the last save failed, in words; null when it did not. */
  failure: string | null;
  saving: boolean;
  onCancel: () => void;
}

/** The end of every edit form: the save failure, Cancel and Save. */
export function FormFooter({ failure, saving, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {failure && (
        <p className="error-text" role="alert" data-testid="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving} data-testid="form-save">
          {saving ? t('edit.saving') : t('edit.save')}
        </button>
      </div>
    </>
  );
}
