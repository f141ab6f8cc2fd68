// POST /import: the file as the body, the report back (the server's ImportReport, in the parts shown).

export interface ImportProblem {
  file: string;
  table: string | null;
  row: number | null;
  column: string | null;
  reason: string;
  value?: string;
}

export interface ImportReport {
  file: string;
  format: string;
  encoding?: string;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  summary: Record<string, { create: number; update: number; unchanged: number; invalid: number }>;
  outcome: 'dry-run' | 'applied' | 'unchanged' | 'rejected';
}

export type UploadResult = { ok: true; report: ImportReport } | { ok: false; code: string; message: string };

export async function uploadImport(
  file: File,
  options: { dryRun: boolean; skipInvalid: boolean; token: string | null },
): Promise<UploadResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(file.name),
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const query = new URLSearchParams({
    dryRun: String(options.dryRun),
    skipInvalid: String(options.skipInvalid),
  });
  let response: Response;
  try {
    response = await fetch(`/import?${query}`, {
      method: 'POST',
      headers,
      body: file,
    });
  } catch (error) {
    return {
      ok: false,
      code: 'NETWORK_ERROR',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const body = (await response.json().catch(() => null)) as
    | (ImportReport & { code?: undefined })
    | { code: string; message: string }
    | null;
  if (body && 'outcome' in body) return { ok: true, report: body };
  if (body && typeof body.code === 'string') return { ok: false, code: body.code, message: body.message };
  return { ok: false, code: 'HTTP_ERROR', message: `HTTP ${response.status}` };
}

/** "instytucje.csv · row 7 · NIP" */
export function problemPlace(p: ImportProblem): string {
  return [p.table ?? p.file, p.row !== null ? `#${p.row}` : null, p.column].filter(Boolean).join(' · ');
}
