import { useTranslation } from 'react-i18next';
import { SECTOR_COLORS } from '../../core/appearance/types';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { NodeShapeIcon } from '../NodeShapeIcon';

interface BoundarySwitchProps {
  view: ViewState;
  onChange: ChangeView;
  /** How many institutions outside the area the network holds. */
  count: number;
}

/** One switch for the area's partners outside it: drawn (paler, dashed rim) or left out. */
export function BoundarySwitch({ view, onChange, count }: BoundarySwitchProps) {
  const { t } = useTranslation();
  return (
    <section className="panel boundary-switch" data-testid="boundary-switch">
      <label>
        <input
          type="checkbox"
          checked={view.boundary === 'show'}
          onChange={(event) => onChange({ boundary: event.target.checked ? 'show' : 'hide' })}
        />
        <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS.UNKNOWN} outside />
        {t('boundary.show', { count })}
      </label>
      <p className="muted">{t('boundary.help')}</p>
    </section>
  );
}
