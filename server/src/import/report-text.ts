import type { ImportReport } from './run-import.js';
import type { Problem } from './types.js';

/** "instytucje.csv, row 7, column NIP: nip is not a valid NIP… (value: 1234563219)" */
export function describeProblem(p: Problem): string {
  const where = [
    p.table && p.table !== p.file ? p.table : null,
    p.row !== null ? `row ${p.row}` : null,
    p.column ? `column ${p.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.file}${where ? `, ${where}` : ''}: ${p.reason}${p.value !== undefined && p.value !== '' ? ` (value: ${p.value})` : ''}`;
}

const OUTCOME: Record<ImportReport['outcome'], string> = {
  'dry-run': 'Dry run: nothing was written.',
  applied: 'Imported: the changes above were written in one transaction.',
  unchanged: 'Nothing to do: the database already holds everything in the file.',
  rejected:
    'Nothing was written: fix the problems above (or import with --skip-invalid to write only the valid rows).',
};

/** The report as the command line prints it. */
export function reportText(report: ImportReport, { verbose = false } = {}): string {
  const lines: string[] = [];
  const details = [
    report.format.toUpperCase(),
    report.encoding,
    report.delimiter && `delimiter "${report.delimiter}"`,
  ]
    .filter(Boolean)
    .join(', ');
  lines.push(
    `${report.file} (${details}): ${report.tables.map((t) => `${t.table}: ${t.rows} rows`).join('; ')}`,
  );
  for (const w of report.warnings) lines.push(`  warning: ${describeProblem(w)}`);
  if (report.problems.length > 0) {
    lines.push(`${report.problems.length} problem(s):`);
    for (const p of report.problems) lines.push(`  ${describeProblem(p)}`);
  }
  const verb = report.outcome === 'applied' ? ['created', 'updated'] : ['to create', 'to update'];
  for (const [kind, s] of Object.entries(report.summary)) {
    if (s.create + s.update + s.unchanged + s.invalid === 0) continue;
    lines.push(
      `  ${kind.padEnd(15)} ${s.create} ${verb[0]}, ${s.update} ${verb[1]}, ${s.unchanged} unchanged${s.invalid ? `, ${s.invalid} invalid` : ''}`,
    );
  }
  if (verbose) {
    for (const c of report.changes) {
      if (c.action === 'unchanged') continue;
      lines.push(`    ${c.action} ${c.kind} ${c.key}${c.fields.length ? ` (${c.fields.join(', ')})` : ''}`);
    }
  }
  lines.push(OUTCOME[report.outcome]);
  return lines.join('\n');
}
