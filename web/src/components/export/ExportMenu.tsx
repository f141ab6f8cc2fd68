import type { Core } from 'cytoscape';
import { type MouseEvent as ReactMouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './ExportMenu.css';
import {
  attachmentName,
  type ExportView,
  exportUrl,
  FILE_FORMATS,
  type FileFormat,
  imageFileName,
  LAYOUT_FORMATS,
  layoutOf,
} from './exportLinks';
import { download, drawingAs } from './images';

interface ExportMenuProps {
  view: ExportView;
  /** The drawn network, once there is one (PNG and SVG are taken from it). */
  getCy: () => Core | undefined;
  /** What the data files hold, said plainly (the area; in an ego view, not the drawing). */
  scope: string;
}

/**
 * "Export" as a disclosure menu: the data files are plain links to the server's streamed downloads
 * (the browser saves them, however large); the images are drawn from the canvas.
 */
export function ExportMenu({ view, getCy, scope }: ExportMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  // A menu closes on Escape and on a click elsewhere, as menus do.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && menu.current?.open) {
        close();
        menu.current.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  });
  // GEXF and GraphML carry the canvas's layout (POST with the positions), so Gephi opens the file
  // looking like the app; the plain link stays the fallback (no canvas yet, or the POST failed).
  const saveWithLayout = async (event: ReactMouseEvent<HTMLAnchorElement>, format: FileFormat) => {
    const cy = getCy();
    if (!cy || !LAYOUT_FORMATS.has(format)) return close();
    event.preventDefault();
    close();
    const url = exportUrl(view, format);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ positions: layoutOf(cy.nodes().toArray()) }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      download(await res.blob(), attachmentName(res.headers.get('content-disposition'), `splot.${format}`));
    } catch {
      window.location.assign(url);
    }
  };
  const saveImage = (format: 'png' | 'svg') => {
    const cy = getCy();
    if (!cy) return;
    download(drawingAs(cy, format), imageFileName(view, format));
    close();
  };
  return (
    <details className="export-menu" data-testid="export-menu" ref={menu}>
      <summary>{t('export.menu')}</summary>
      <div className="export-menu-items">
        <p className="export-menu-heading">{t('export.data')}</p>
        <p className="export-menu-scope" data-testid="export-scope">
          {scope}
        </p>
        <ul>
          {FILE_FORMATS.map((format) => (
            <li key={format}>
              <a
                href={exportUrl(view, format)}
                download
                data-format={format}
                onClick={(event) => void saveWithLayout(event, format)}
              >
                {t(`export.format.${format}`)}
              </a>
            </li>
          ))}
        </ul>
        <p className="export-menu-heading">{t('export.image')}</p>
        <p className="export-menu-scope">{t('export.imageScope')}</p>
        <ul>
          {(['png', 'svg'] as const).map((format) => (
            <li key={format}>
              <button type="button" data-format={format} onClick={() => saveImage(format)}>
                {t(`export.format.${format}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
