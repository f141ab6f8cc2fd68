import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { TABLE_KINDS, type TableKind } from '../import/columns.js';
import { reportText } from '../import/report-text.js';
import { importFile } from '../import/run-import.js';
import { openCliDatabase, userPath } from './database.js';

const USAGE = `pnpm run import FILE... [--dry-run] [--skip-invalid] [--kind KIND] [--verbose] [--report FILE.json]

  FILE            .csv (UTF-8, UTF-16, Windows-1250 or ISO-8859-2; comma, semicolon or tab), .xlsx or .json
  --dry-run       check the file and report what would be created, updated and left unchanged
  --skip-invalid  write the valid rows even when some rows are invalid (default: write nothing then)
  --kind          what a CSV file holds when its name and columns do not say: ${TABLE_KINDS.join(', ')}
  --verbose       list every record that would change
  --report        also write the full report as JSON
Each file is imported in its own transaction. Templates: README.md, "Import".`;

// `pnpm run import FILE [--dry-run] [--skip-invalid]` (plain `pnpm import` is pnpm's own command).
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      kind: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.kind && !(TABLE_KINDS as readonly string[]).includes(values.kind)) {
    console.error(`--kind must be one of ${TABLE_KINDS.join(', ')}.`);
    return 2;
  }
  const config = loadConfig();
  const db = await openCliDatabase(config);
  let failed = false;
  const reports = [];
  try {
    for (const path of positionals) {
      const buffer = await readFile(userPath(path));
      // A progress bar only where there is something to wait for, and only on a terminal.
      const bar =
        process.stderr.isTTY && buffer.length > 1_000_000
          ? new SingleBar({
              format: '{stage} [{bar}] {value}/{total} rows | {eta_formatted}',
              clearOnComplete: true,
              stream: process.stderr,
            })
          : null;
      let stage = '';
      const report = await importFile(db.driver, basename(path), buffer, {
        dryRun: values['dry-run'] ?? false,
        skipInvalid: values['skip-invalid'] ?? false,
        kind: (values.kind as TableKind | undefined) ?? null,
        limits: {
          maxUnpackedBytes: config.IMPORT_MAX_UNPACKED_MB * 1_048_576,
          maxRows: config.IMPORT_MAX_ROWS,
        },
        onProgress: (s, done, total) => {
          if (!bar) return;
          if (s !== stage) {
            if (stage) bar.stop();
            stage = s;
            bar.start(total, done, { stage: s === 'validate' ? 'checking' : 'writing ' });
          } else bar.update(done);
        },
      });
      bar?.stop();
      console.log(reportText(report, { verbose: values.verbose ?? false }));
      reports.push(report);
      if (report.outcome === 'rejected' || (report.problems.length > 0 && !values['skip-invalid']))
        failed = true;
    }
    if (values.report) await writeFile(userPath(values.report), JSON.stringify(reports, null, 2));
  } finally {
    await db.close();
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
