import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, type Session } from '../../core/auth';
import type { CollaborationDetails, PartnershipDetails } from '../../core/details';
import { tieFormFrom } from '../../core/editing/utils';
import { EditDialog } from './EditDialog';
import { TieForm } from './TieForm';

interface AffiliationEditControlsProps {
  details: PartnershipDetails | CollaborationDetails;
  session: Session | null;
  onSaved: (id: string) => void;
}

/** "Edit" for a partnership or collaboration: its fields, new members, another source. */
export function AffiliationEditControls({ details, session, onSaved }: AffiliationEditControlsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Whose region it is the server decides (covered areas or members' seats).
  if (!canEdit(session)) return null;
  const title = 'name' in details ? details.name : details.title;
  return (
    <div className="edit-controls">
      <button type="button" onClick={() => setOpen(true)} data-testid="edit-affiliation">
        {t('edit.editInstitution')}
      </button>
      {open && (
        <EditDialog
          title={t('edit.editTitle', { name: title })}
          onClose={() => setOpen(false)}
          testId="tie-dialog"
        >
          <TieForm
            editing={{ id: details.id, form: tieFormFrom(details) }}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              onSaved(details.id);
            }}
          />
        </EditDialog>
      )}
    </div>
  );
}
