import { useTranslation } from 'react-i18next';
import { AFFILIATION_FILL, NODE_SHAPES, SECTOR_COLORS } from '../core/appearance/types';
import type { NetworkNode } from '../core/network/types';
import { affiliationTypesPresent, sectorsPresent } from '../core/network/utils';
import type { SizeMeasure } from '../core/view/types';
import { NodeShapeIcon } from './NodeShapeIcon';

interface LegendProps {
  nodes: readonly NetworkNode[];
  /** What node size shows ('none': all the same). */
  measure: SizeMeasure;
}

/** Only what is drawn: the sectors present and, in the two-mode view, the affiliation shapes. */
export function Legend({ nodes, measure }: LegendProps) {
  const { t } = useTranslation();
  const sectors = sectorsPresent(nodes);
  const affiliations = affiliationTypesPresent(nodes);
  return (
    <section className="panel legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <h3>{t('legend.sectors')}</h3>
      <ul>
        {sectors.map((sector) => (
          <li key={sector} data-sector={sector}>
            <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS[sector]} />
            {t(`sector.${sector}`)}
          </li>
        ))}
      </ul>
      {affiliations.length > 0 && (
        <>
          <h3>{t('legend.shapes')}</h3>
          <ul>
            {affiliations.map((type) => (
              <li key={type}>
                <NodeShapeIcon shape={NODE_SHAPES[type]} fill={AFFILIATION_FILL} />
                {t(`nodeType.${type}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {affiliations.length === 0 && <p className="legend-note">{t('legend.edges')}</p>}
      {measure !== 'none' && (
        <p className="legend-note" data-testid="legend-size">
          {t('legend.size', { measure: t(`measure.${measure}`) })}
        </p>
      )}
    </section>
  );
}
