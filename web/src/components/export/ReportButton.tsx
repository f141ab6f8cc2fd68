import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequestError } from '../../api/errors';
import { errorText } from '../StatusMessage';
import { type ExportView, exportUrl } from './exportLinks';
import { download } from './images';
import { storedToken } from './session';

interface ReportButtonProps {
  view: ExportView;
  lang: 'pl' | 'en';
  getCy: () => Core | undefined;
}

/** /report/{teryt}.pdf with the view's filters and the language: the export URL's query, another path. */
export function reportUrl(view: ExportView, lang: 'pl' | 'en'): string {
  const url = new URL(exportUrl({ ...view, mode: 'INSTITUTIONS' }, 'json'), 'http://x');
  url.searchParams.set('lang', lang);
  return `/report/${encodeURIComponent(view.teryt)}.pdf${url.search}`;
}

/**
 * One click, one PDF of what is on screen (server/src/report): the canvas is sent as a PNG, the
 * server adds the counts, the matrix, gaps, brokers, the worklist and the sources.
 */
export function ReportButton({ view, lang, getCy }: ReportButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | { error: string }>('idle');
  const make = async () => {
    setState('busy');
    try {
      const cy = getCy();
      // The drawing as on screen (not the whole graph), twice as sharp, on white; at most 2400 px.
      const image = cy
        ? cy.png({ output: 'base64uri', full: false, scale: 2, bg: '#ffffff', maxWidth: 2400 })
        : null;
      const token = storedToken();
      const response = await fetch(reportUrl(view, lang), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ image }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new GraphQLRequestError(
          body.code ?? 'HTTP_ERROR',
          body.message ?? `HTTP ${response.status}`,
          response.status,
        );
      }
      const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      download(await response.blob(), name ?? `splot-raport-${view.teryt}.pdf`);
      setState('idle');
    } catch (error) {
      setState({
        error: error instanceof GraphQLRequestError ? errorText(error) : t('report.failed'),
      });
    }
  };
  return (
    <div className="report-button">
      <button type="button" onClick={make} disabled={state === 'busy'} data-testid="report-pdf">
        {state === 'busy' ? t('report.busy') : t('report.button')}
      </button>
      {typeof state === 'object' && (
        <p className="error-text" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
