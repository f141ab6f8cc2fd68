import { useTranslation } from 'react-i18next';
import { measureLabel } from '../core/appearance/measures';
import { AFFILIATION_FILL, NODE_SHAPES, REPORTED_COLOR, SECTOR_COLORS } from '../core/appearance/types';
import type { Locale } from '../core/i18n/types';
import type { NetworkNode } from '../core/network/types';
import { affiliationTypesPresent, sectorsPresent } from '../core/network/utils';
import type { SizeMeasure } from '../core/view/types';
import { LineSample } from './LineSample';
import { NodeShapeIcon } from './NodeShapeIcon';

interface LegendProps {
  nodes: readonly NetworkNode[];
  /** What node size shows ('none': all the same). */
  measure: SizeMeasure;
  /** The ties drawn, to explain how ties from partner surveys look when there are any. */
  edges?: ReadonlyArray<{ kinds?: readonly string[]; sourced?: boolean }>;
  /** How many drawn ties have ended (the all-years view); the line styles are explained when any. */
  ended?: number;
}

/** Only what is drawn: the sectors present and, in the two-mode view, the affiliation shapes. */
export function Legend({ nodes, measure, edges = [], ended = 0 }: LegendProps) {
  const { t, i18n } = useTranslation();
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
      {nodes.some((node) => node.outside) && (
        <>
          <h3>{t('legend.boundary')}</h3>
          <ul>
            <li data-testid="legend-outside">
              <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS.UNKNOWN} outside />
              {t('legend.outside')}
            </li>
          </ul>
        </>
      )}
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
      {ended > 0 && (
        <>
          <h3>{t('legend.ties')}</h3>
          <ul data-testid="legend-ties">
            <li>
              <LineSample style="solid" />
              {t('legend.current')}
            </li>
            <li data-testid="legend-ended">
              <LineSample style="ended" />
              {t('legend.ended')}
            </li>
          </ul>
        </>
      )}
      {edges.some((e) => e.sourced === false) && (
        <ul data-testid="legend-sources">
          <li>
            <LineSample style="solid" />
            {t('legend.sourced')}
          </li>
          <li data-testid="legend-unsourced">
            <LineSample style="dotted" />
            {t('legend.unsourced')}
          </li>
        </ul>
      )}
      {affiliations.length === 0 && <p className="legend-note">{t('legend.edges')}</p>}
      {edges.some((e) => e.kinds?.some((k) => k.startsWith('REPORTED_'))) && (
        <ul data-testid="legend-reported">
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" stroke={REPORTED_COLOR} strokeWidth="3" />
            </svg>
            {t('legend.reportedMutual')}
          </li>
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                stroke={REPORTED_COLOR}
                strokeWidth="3"
                strokeDasharray="6 4"
              />
            </svg>
            {t('legend.reportedOneSided')}
          </li>
        </ul>
      )}
      {measure !== 'none' && (
        <p className="legend-note" data-testid="legend-size">
          {t('legend.size', { measure: measureLabel(measure, (i18n.resolvedLanguage ?? 'pl') as Locale) })}
        </p>
      )}
    </section>
  );
}
