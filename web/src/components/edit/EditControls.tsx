import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../core/area/types';
import { canEditArea, type Session } from '../../core/auth';
import type { InstitutionDetails } from '../../core/details';
import { institutionFormFrom } from '../../core/editing/utils';
import { EditDialog } from './EditDialog';
import { InstitutionForm } from './InstitutionForm';
import { TieForm } from './TieForm';

interface EditControlsProps {
  details: InstitutionDetails;
  session: Session | null;
  areas: readonly Area[];
  onSaved: (id: string) => void;
}

/** "Edit" and "Add a partnership or collaboration" for an institution; only for those who may. */
export function EditControls({ details, session, areas, onSaved }: EditControlsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'institution' | 'tie' | null>(null);
  const seat = details.area[0]?.teryt;
  if (!canEditArea(session, seat)) return null;
  return (
    <div className="edit-controls">
      <button type="button" onClick={() => setOpen('institution')} data-testid="edit-institution">
        {t('edit.editInstitution')}
      </button>
      <button type="button" onClick={() => setOpen('tie')} data-testid="add-tie">
        {t('edit.addTie')}
      </button>
      {open === 'institution' && (
        <EditDialog
          title={t('edit.editTitle', { name: details.name })}
          onClose={() => setOpen(null)}
          testId="edit-dialog"
        >
          <InstitutionForm
            id={details.id}
            initial={institutionFormFrom(details)}
            areas={areas}
            onCancel={() => setOpen(null)}
            onSaved={(id) => {
              setOpen(null);
              onSaved(id);
            }}
          />
        </EditDialog>
      )}
      {open === 'tie' && (
        <EditDialog title={t('edit.addTie')} onClose={() => setOpen(null)} testId="tie-dialog">
          <TieForm
            first={{ id: details.id, name: details.name }}
            onCancel={() => setOpen(null)}
            onSaved={() => {
              setOpen(null);
              onSaved(details.id);
            }}
          />
        </EditDialog>
      )}
    </div>
  );
}
