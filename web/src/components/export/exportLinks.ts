import { EXPORT_FORMAT_IDS, type ExportFormatId } from '@splot/domain';
import type { NetworkMode } from '../../core/network/types';

/** The view an export reproduces: the area, the mode and the filters the explorer applies. */
export interface ExportView {
  teryt: string;
  mode: NetworkMode;
  asOf?: string | null;
  sectors?: readonly string[] | null;
  kinds?: readonly string[] | null;
  tieKinds?: readonly string[] | null;
}

/** File formats served by GET /export/{teryt}.{format}, in menu order (the server's list). */
export const FILE_FORMATS = EXPORT_FORMAT_IDS;
export type FileFormat = ExportFormatId;

/** The download URL of the view in a format; defaults are left out so links stay short. */
export function exportUrl(view: ExportView, format: FileFormat): string {
  const params = new URLSearchParams();
  if (view.mode !== 'INSTITUTIONS') params.set('mode', view.mode);
  if (view.asOf) params.set('asOf', view.asOf);
  for (const key of ['sectors', 'kinds', 'tieKinds'] as const) {
    const values = view[key];
    if (values && values.length > 0) params.set(key, values.join(','));
  }
  const query = params.toString();
  return `/export/${encodeURIComponent(view.teryt)}.${format}${query ? `?${query}` : ''}`;
}

/** splot-2607-2026-11-25.png: as the server names its files, from the local date. */
export function imageFileName(view: ExportView, extension: 'png' | 'svg', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const mode = view.mode === 'AFFILIATIONS' ? '-affiliations' : '';
  return `splot-${view.teryt}-${view.asOf ?? today}${mode}.${extension}`;
}
