import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../core/area/types';
import { EMPTY_INSTITUTION } from '../../core/editing/types';
import { EditDialog } from './EditDialog';
import { InstitutionForm } from './InstitutionForm';

interface AddInstitutionProps {
  /** Areas the editor may place it in; the current area is preselected when among them. */
  areas: readonly Area[];
  preselect: string | undefined;
  onSaved: (id: string) => void;
}

export function AddInstitution({ areas, preselect, onSaved }: AddInstitutionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (areas.length === 0) return null;
  const area = areas.some((a) => a.teryt === preselect) ? (preselect ?? '') : '';
  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)} data-testid="add-institution">
        {t('edit.addInstitution')}
      </button>
      {open && (
        <EditDialog title={t('edit.addInstitution')} onClose={() => setOpen(false)} testId="add-dialog">
          <InstitutionForm
            id={null}
            initial={{ ...EMPTY_INSTITUTION, area }}
            areas={areas}
            onCancel={() => setOpen(false)}
            onSaved={(id) => {
              setOpen(false);
              onSaved(id);
            }}
          />
        </EditDialog>
      )}
    </>
  );
}
