import { useTranslation } from 'react-i18next';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { MissingPartners } from './MissingPartners';

interface MissingSectionProps {
  institutionId: string;
  view: ViewState;
  onChange: ChangeView;
}

/** A disclosure for the missing partners; open or closed is part of the URL (panel=missing). */
export function MissingSection({ institutionId, view, onChange }: MissingSectionProps) {
  const { t } = useTranslation();
  const open = view.panel === 'missing';
  return (
    <section className="missing-section" aria-labelledby="missing-title">
      <h3 id="missing-title">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          data-testid="missing-toggle"
          onClick={() => onChange({ panel: open ? null : 'missing' })}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('missing.title')}
        </button>
      </h3>
      {open && (
        <MissingPartners
          institutionId={institutionId}
          asOf={view.asOf}
          onSelect={(id) => onChange({ node: id, panel: null })}
        />
      )}
    </section>
  );
}
