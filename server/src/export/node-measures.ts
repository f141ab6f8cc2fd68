import type { ExportHeader, ExportNode } from './types.js';

/**
 * A node's value of each measure the file carries, in the header's order; null where it has none
 * (a partner outside the area, a measure undefined for it). Every writer reads it, so a measure
 * added to the registry reaches every format.
 */
export function nodeMeasureValues(header: ExportHeader, node: ExportNode): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const { id } of header.measures.carried) values[id] = node.measures?.[id] ?? null;
  return values;
}
