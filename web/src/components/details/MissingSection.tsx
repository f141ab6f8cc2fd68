import { useTranslation } from 'react-i18next';
import type { MissingPartners as Missing } from '../../core/missing';
import type { RequestState } from '../../core/request/types';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { MissingPartners } from './MissingPartners';

interface MissingSectionProps {
  view: ViewState;
  onChange: ChangeView;
  /** The list (read by the view while the section is open), and its retry. */
  state: RequestState<Missing>;
  retry: () => void;
  isDrawn: (id: string) => boolean;
}

/** A disclosure for the missing partners; open or closed is part of the URL (panel=missing). */
export function MissingSection({ view, onChange, state, retry, isDrawn }: MissingSectionProps) {
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
      {open && view.sourced === 'only' && (
        // The finder answers from a snapshot that holds no sources: said, not hidden.
        <p className="muted small" data-testid="missing-all-ties">
          {t('missing.allTies')}
        </p>
      )}
      {open && (
        <MissingPartners
          state={state}
          retry={retry}
          marked={view.mark}
          isDrawn={isDrawn}
          onMark={(mark) => onChange({ mark })}
          onOpen={(id) => onChange({ node: id, panel: null })}
        />
      )}
    </section>
  );
}
