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
  /** Only ties that cite a source (`sourcedOnly=true`). */
  sourcedOnly?: boolean;
}

/** File formats served by GET /export/{teryt}.{format}, in menu order (the server's list). */
export const FILE_FORMATS = EXPORT_FORMAT_IDS;
export type FileFormat = ExportFormatId;

/** Formats that carry node positions: the menu POSTs the canvas's layout for these. */
export const LAYOUT_FORMATS: ReadonlySet<FileFormat> = new Set(['gexf', 'graphml']);

/** Where each drawn node stands and how big it is: the body of POST /export/{file}. */
export type Layout = Record<string, { x: number; y: number; size?: number }>;

/** The layout of the drawn nodes, as the canvas shows them (model coordinates, not the screen's). */
export function layoutOf(
  nodes: ReadonlyArray<{ id(): string; position(): { x: number; y: number }; data(key: 'size'): unknown }>,
): Layout {
  const layout: Layout = {};
  for (const node of nodes) {
    const { x, y } = node.position();
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const size = node.data('size');
    layout[node.id()] = typeof size === 'number' && size >= 0 ? { x, y, size } : { x, y };
  }
  return layout;
}

/** The file name the server gives in its content-disposition header, or the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? fallback;
}

/** The download URL of the view in a format; defaults are left out so links stay short. */
export function exportUrl(view: ExportView, format: FileFormat): string {
  const params = new URLSearchParams();
  if (view.mode !== 'INSTITUTIONS') params.set('mode', view.mode);
  if (view.asOf) params.set('asOf', view.asOf);
  for (const key of ['sectors', 'kinds', 'tieKinds'] as const) {
    const values = view[key];
    if (values && values.length > 0) params.set(key, values.join(','));
  }
  if (view.sourcedOnly) params.set('sourcedOnly', 'true');
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
