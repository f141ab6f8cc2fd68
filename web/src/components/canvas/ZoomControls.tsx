import type { Core } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import { MAX_FIT_ZOOM } from '../../core/layout';

const STEP = 1.4;

function zoomBy(cy: Core, factor: number) {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Zoom in, zoom out, fit: buttons, so the canvas needs no mouse wheel or pinch. */
export function ZoomControls({ cy }: { cy: Core }) {
  const { t } = useTranslation();
  return (
    <fieldset className="zoom-controls">
      <legend className="visually-hidden">{t('canvas.zoom')}</legend>
      <button
        type="button"
        data-testid="zoom-in"
        onClick={() => zoomBy(cy, STEP)}
        aria-label={t('canvas.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        data-testid="zoom-out"
        onClick={() => zoomBy(cy, 1 / STEP)}
        aria-label={t('canvas.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        data-testid="zoom-fit"
        onClick={() => {
          cy.fit(cy.elements().not('.hidden'), 40);
          if (cy.zoom() > MAX_FIT_ZOOM) {
            cy.zoom(MAX_FIT_ZOOM);
            cy.center();
          }
        }}
        aria-label={t('canvas.fit')}
      >
        <span aria-hidden="true">⤢</span>
      </button>
    </fieldset>
  );
}
