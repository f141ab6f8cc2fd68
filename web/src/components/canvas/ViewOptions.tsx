import { findNodeMeasure } from '@splot/measures';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { measureLabel } from '../../core/appearance/measures';
import type { Locale } from '../../core/i18n/types';
import type { ChangeView } from '../../core/view';
import { LAYOUTS, SIZE_MEASURES, type ViewState } from '../../core/view/types';

interface ViewOptionsProps {
  view: ViewState;
  onChange: ChangeView;
  /** The measure actually drawn, when it differs from the chosen one (large graphs). */
  effectiveSize: ViewState['size'];
}

/** Layout and node size: how the network is drawn, kept in the URL like everything else. */
export function ViewOptions({ view, onChange, effectiveSize }: ViewOptionsProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'pl') as Locale;
  const label = (measure: string) => (measure === 'none' ? t('measure.none') : measureLabel(measure, lang));
  const layoutId = useId();
  const sizeId = useId();
  return (
    <div className="view-options">
      <div className="field">
        <label htmlFor={layoutId}>{t('canvas.layout')}</label>
        <select
          id={layoutId}
          data-testid="layout-select"
          value={view.layout}
          onChange={(event) => onChange({ layout: event.target.value as ViewState['layout'] })}
        >
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {t(`layout.${layout}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={sizeId}>{t('canvas.size')}</label>
        <select
          id={sizeId}
          data-testid="size-select"
          value={view.size}
          aria-describedby={effectiveSize !== view.size ? `${sizeId}-note` : undefined}
          onChange={(event) => onChange({ size: event.target.value as ViewState['size'] })}
        >
          {SIZE_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {label(measure)}
            </option>
          ))}
        </select>
        {effectiveSize !== view.size && (
          <small id={`${sizeId}-note`} className="muted">
            {t(
              view.mode === 'AFFILIATIONS' && findNodeMeasure(view.size)?.usesSectors
                ? 'measure.fallbackTwoMode'
                : 'measure.fallback',
              { measure: label(effectiveSize) },
            )}
          </small>
        )}
      </div>
    </div>
  );
}
