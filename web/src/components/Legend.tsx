import { AFFILIATION_FILL, NODE_SHAPES, SECTOR_COLORS } from '../core/appearance/types';
import { t } from '../core/i18n';
import type { NetworkNode } from '../core/network/types';
import { affiliationTypesPresent, sectorsPresent } from '../core/network/utils';
import { NodeShapeIcon } from './NodeShapeIcon';

interface LegendProps {
  nodes: readonly NetworkNode[];
}

/** Only what is drawn: the sectors present and, in the two-mode view, the affiliation shapes. */
export function Legend({ nodes }: LegendProps) {
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
    </section>
  );
}
