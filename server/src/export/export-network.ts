import type { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import type { NetworkLimits } from '../network/limits.js';
import { EXPORT_FORMATS, type ExportFormatName, exportFileName } from './formats.js';
import { openExport } from './read-export.js';
import type { ExportRequest, NodePlacement } from './types.js';

export const today = (): string => new Date().toISOString().slice(0, 10);

export interface StartedExport {
  fileName: string;
  contentType: string;
  /** Writes the whole file into `out` (not ending it) and releases the database session. */
  writeTo(out: Writable): Promise<{ nodes: number; edges: number }>;
}

/**
 * Prepares an export: checks that the area exists (null if not) before anything is written, so
 * an HTTP handler can still answer 400; the file itself is written by writeTo().
 */
export async function startExport(
  driver: Driver,
  request: ExportRequest,
  format: ExportFormatName,
  layout?: ReadonlyMap<string, NodePlacement>,
  limits?: NetworkLimits,
): Promise<StartedExport | null> {
  const day = today();
  const data = await openExport(driver, request, day, limits);
  if (!data) return null;
  const { write, contentType } = EXPORT_FORMATS[format];
  return {
    fileName: exportFileName(request, format, day),
    contentType,
    writeTo: async (out) => {
      const counted = { nodes: 0, edges: 0 };
      async function* count<T>(items: AsyncIterable<T>, key: 'nodes' | 'edges') {
        for await (const item of items) {
          counted[key] += 1;
          yield item;
        }
      }
      try {
        await write(
          {
            header: data.header,
            nodes: count(data.nodes, 'nodes'),
            edges: count(data.edges, 'edges'),
            ...(layout ? { layout } : {}),
          },
          out,
        );
        return counted;
      } finally {
        await data.close();
      }
    },
  };
}
