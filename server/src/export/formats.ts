import type { Writable } from 'node:stream';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '@splot/domain';
import { writeCsvZip } from './csv.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeNodeLink } from './node-link.js';
import type { ExportData, ExportRequest } from './types.js';

export interface ExportFormat {
  extension: string;
  contentType: string;
  write(data: ExportData, out: Writable): Promise<void>;
}

/** Every export format (@splot/domain's EXPORT_FORMAT_IDS) with its writer, as in GET /export/{teryt}.{extension}. */
export const EXPORT_FORMATS = {
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  graphml: {
    extension: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: writeGraphml,
  },
  'csv.zip': { extension: 'csv.zip', contentType: 'application/zip', write: writeCsvZip },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', write: writeNodeLink },
} as const satisfies Record<ExportFormatId, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES: readonly ExportFormatName[] = EXPORT_FORMAT_IDS;

export const isExportFormat = (name: string): name is ExportFormatName => Object.hasOwn(EXPORT_FORMATS, name);

/** splot-2607-2026-11-25.gexf: the area, the date the network is as of (or today), the mode. */
export function exportFileName(request: ExportRequest, format: ExportFormatName, today: string): string {
  const area = request.teryt ?? 'PL';
  const date = request.filter.asOf ?? today;
  const mode = request.mode === 'AFFILIATIONS' ? '-affiliations' : '';
  return `splot-${area}-${date}${mode}.${EXPORT_FORMATS[format].extension}`;
}
