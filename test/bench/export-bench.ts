import { peakRssMb, resetPeakRss } from './proc.js';

export interface ExportResult {
  url: string;
  seconds: number;
  megabytes: number;
  /** Peak resident memory of the API process during the export (MB). */
  serverPeakRssMb: number | null;
  status: number;
}

/** Downloads one export, counting bytes without keeping them, and the server's peak memory. */
export async function benchHttpExport(url: string, serverPid: number): Promise<ExportResult> {
  const canReset = resetPeakRss(serverPid);
  const start = performance.now();
  const res = await fetch(url);
  let bytes = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    url,
    seconds: Math.round(seconds * 100) / 100,
    megabytes: Math.round((bytes / 1e6) * 10) / 10,
    serverPeakRssMb: canReset ? peakRssMb(serverPid) : null,
    status: res.status,
  };
}

/** The first of the candidate URLs the server answers with 200 (HEAD is not assumed: a 1-byte range GET). */
export async function findExportUrl(candidates: string[]): Promise<string | null> {
  for (const url of candidates) {
    try {
      const res = await fetch(url, { headers: { range: 'bytes=0-0' } });
      await res.body?.cancel();
      const type = res.headers.get('content-type') ?? '';
      if ((res.status === 200 || res.status === 206) && !type.includes('text/html')) return url;
    } catch {
      // not there
    }
  }
  return null;
}
