import { useTranslation } from 'react-i18next';
import type { BoundaryBoundFragment } from '../../api/operations.generated';
import { SECTOR_COLORS } from '../../core/appearance/types';
import type { ChangeView } from '../../core/view';
import type { ViewState } from '../../core/view/types';
import { NodeShapeIcon } from '../NodeShapeIcon';

interface BoundarySwitchProps {
  view: ViewState;
  onChange: ChangeView;
  /** How many institutions outside the area the network holds. */
  count: number;
  /** The affiliations too large to reach outside through (server: BOUNDARY_MAX_MEMBERS). */
  boundary?: BoundaryBoundFragment | null;
}

/**
 * One switch for the area's partners outside it: drawn (paler, dashed rim) or left out; and, when
 * some partnerships are too large to reach outside through, which ones, so the map's edge can be
 * explained in a meeting.
 */
export function BoundarySwitch({ view, onChange, count, boundary }: BoundarySwitchProps) {
  const { t } = useTranslation();
  const cut = boundary?.cut ?? [];
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
      {boundary && cut.length > 0 && (
        <details className="boundary-cut" data-testid="boundary-cut">
          <summary>{t('boundary.cut.summary', { count: cut.length, max: boundary.maxMembers })}</summary>
          <p className="muted">{t('boundary.cut.help')}</p>
          <ul>
            {cut.map((c) => (
              <li key={c.id} data-id={c.id}>
                <span className="boundary-cut-name">{c.label}</span>{' '}
                <span className="muted">
                  {t('boundary.cut.item', { members: c.members, inside: c.inside })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
