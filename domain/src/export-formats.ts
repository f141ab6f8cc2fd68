/**
 * The file formats of GET /export/{area}.{format}, in the web app's menu order. The server's
 * writer table (server/src/export/formats.ts) must cover each (a type check), the menu lists them,
 * and each has a label `export.format.<id>` in the web app's locales (a test checks).
 */
export const EXPORT_FORMAT_IDS = ['gexf', 'graphml', 'csv.zip', 'json'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];
