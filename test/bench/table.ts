// Prints the Markdown table of a results file (BENCHMARKS.md copies it): node --import tsx test/bench/table.ts [FILE]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './report.js';
import type { BenchResults } from './run.js';

const file = process.argv[2] ?? fileURLToPath(new URL('../../bench/results.json', import.meta.url));
console.log(markdownTable(JSON.parse(readFileSync(file, 'utf8')) as BenchResults));
