// Prints the Markdown table of a results file (docs/benchmarks.md copies it): node --import tsx test/bench/table.ts [FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchOutDir } from './out-dir.js';
import { markdownTable } from './report.js';
import type { BenchResults } from './run.js';

const file = process.argv[2] ?? join(benchOutDir(), 'results.json');
console.log(markdownTable(JSON.parse(readFileSync(file, 'utf8')) as BenchResults));
