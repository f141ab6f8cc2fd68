import { useTranslation } from 'react-i18next';
import { densityColor } from '../../core/analytics/utils';

const STEPS = [0, 0.25, 0.5, 0.75, 1];

/** The heatmap's colour scale: what share of possible ties each shade means. */
export function DensityLegend() {
  const { t } = useTranslation();
  return (
    <figure className="wb-density-legend" data-testid="density-legend">
      <figcaption className="small">{t('workbench.matrix.scale')}</figcaption>
      <ol>
        {STEPS.map((step) => {
          const { background, color } = densityColor(step);
          return (
            <li key={step} style={{ background, color }}>
              {Math.round(step * 100)}%
            </li>
          );
        })}
      </ol>
      <p className="small muted">{t('workbench.matrix.click')}</p>
    </figure>
  );
}
