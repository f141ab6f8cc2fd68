import { useTranslation } from 'react-i18next';
import { SECTOR_COLORS } from '../../core/appearance/types';
import { activeFilterCount } from '../../core/filters/utils';
import { INSTITUTION_KINDS, SECTORS, TIE_KINDS } from '../../core/network/types';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { NodeShapeIcon } from '../NodeShapeIcon';
import { CheckList } from './CheckList';
import { EvidenceFilter } from './EvidenceFilter';

interface FilterPanelProps {
  view: ViewState;
  onChange: ChangeView;
}

/** Sectors, institution kinds and tie kinds; each change is a step in the browser history. */
export function FilterPanel({ view, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const count = activeFilterCount([view.sectors, view.kinds, view.ties], null);
  return (
    <section className="panel filters" aria-labelledby="filters-title" data-testid="filters">
      <div className="panel-head">
        <h2 id="filters-title">
          {t('filters.title')}
          {count > 0 && <span className="badge">{count}</span>}
        </h2>
        {count > 0 && (
          <button
            type="button"
            className="link-button"
            data-testid="filters-clear"
            onClick={() => onChange({ sectors: [], kinds: [], ties: [] })}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
      <CheckList
        legend={t('filters.sectors')}
        universe={SECTORS}
        value={view.sectors}
        onChange={(sectors) => onChange({ sectors })}
        label={(sector) => t(`sector.${sector}`)}
        icon={(sector) => <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS[sector]} />}
        testId="filter-sectors"
      />
      <EvidenceFilter view={view} onChange={onChange} />
      <details open={view.ties.length > 0}>
        <summary>
          {t('filters.ties')}
          {view.ties.length > 0 && <span className="badge">{view.ties.length}</span>}
        </summary>
        <CheckList
          legend={t('filters.ties')}
          universe={TIE_KINDS}
          value={view.ties}
          onChange={(ties) => onChange({ ties })}
          label={(kind) => t(`tieKind.${kind}`)}
          testId="filter-ties"
        />
      </details>
      <details open={view.kinds.length > 0}>
        <summary>
          {t('filters.kinds')}
          {view.kinds.length > 0 && <span className="badge">{view.kinds.length}</span>}
        </summary>
        <CheckList
          legend={t('filters.kinds')}
          universe={INSTITUTION_KINDS}
          value={view.kinds}
          onChange={(kinds) => onChange({ kinds })}
          label={(kind) => t(`kind.${kind}`)}
          testId="filter-kinds"
        />
      </details>
    </section>
  );
}
