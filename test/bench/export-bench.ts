import { peakRssMb, resetPeakRss, watchChildrenPeakRss } from './proc.js';

export interface ExportResult {
  url: string;
  seconds: number;
  megabytes: number;
  /** Peak resident memory of the API process during the export (MB). */
  serverPeakRssMb: number | null;
  /** Peak resident memory of the process the API ran the export in (MB; sampled every 200 ms). */
  exportProcessPeakRssMb: number | null;
  status: number;
}

/** Downloads one export, counting bytes without keeping them, and the server's peak memory. */
export async function benchHttpExport(url: string, serverPid: number): Promise<ExportResult> {
  const canReset = resetPeakRss(serverPid);
  const children = watchChildrenPeakRss(serverPid);
  const start = performance.now();
  const res = await fetch(url);
  let bytes = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  }
  const seconds = (performance.now() - start) / 1000;
  const exportProcessPeakRssMb = children.stop();
  return {
    url,
    seconds: Math.round(seconds * 100) / 100,
    megabytes: Math.round((bytes / 1e6) * 10) / 10,
    serverPeakRssMb: canReset ? peakRssMb(serverPid) : null,
    exportProcessPeakRssMb,
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

export interface CliExportResult {
  command: string;
  seconds: number;
  megabytes: number;
  /** Peak resident memory of the whole `pnpm export` process (GNU time's %M), MB. */
  peakRssMb: number;
  exitCode: number;
  /** The last line the command wrote to stderr when it failed. */
  error?: string;
}

/** Runs the export CLI under GNU time (peak RSS of the process), writing to a temporary file. */
export async function benchCliExport(
  neo4jUri: string,
  area: string,
  outFile: string,
  mode: 'institutions' | 'affiliations' = 'institutions',
): Promise<CliExportResult> {
  const { spawn } = await import('node:child_process');
  const { statSync, rmSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
  // As server/package.json's `export` script runs it.
  const args = ['-f', 'SPLOT_TIME %M %e', process.execPath, '--max-old-space-size=256', '--import', 'tsx'];
  args.push('src/cli/export.ts');
  args.push('--area', area, '--format', 'gexf', '--mode', mode, '--out', outFile);
  const child = spawn('/usr/bin/time', args, {
    cwd: serverDir,
    env: { ...process.env, NEO4J_URI: neo4jUri, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exitCode = await new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? -1)));
  const match = /SPLOT_TIME (\d+) ([\d.]+)/.exec(stderr);
  let bytes = 0;
  try {
    bytes = statSync(outFile).size;
  } catch {
    // no file
  }
  rmSync(outFile, { force: true });
  if (!match)
    throw new Error(`pnpm export --area ${area}: no timing (exit ${exitCode}): ${stderr.slice(-500)}`);
  return {
    command: `pnpm export --area ${area} --format gexf --mode ${mode}`,
    seconds: Number(match[2]),
    megabytes: Math.round((bytes / 1e6) * 10) / 10,
    peakRssMb: Math.round(Number(match[1]) / 1024),
    exitCode,
    ...(exitCode === 0
      ? {}
      : {
          error: stderr
            .split('\n')
            .filter((l) => l.trim() && !l.startsWith('SPLOT_TIME') && !l.startsWith('Command exited'))
            .slice(-1)[0]
            ?.slice(0, 300),
        }),
  };
}
