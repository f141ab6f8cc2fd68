import type { BenchResults } from './run.js';

type Row = [string, string, string, string];

const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'holds' : 'MISSED');

/** bulkLoad's report per kind as the bench reports it: seconds and rows per second. */
export function phaseFigures(
  kinds: Record<string, { rows: number; ms: number }>,
): Record<string, { rows: number; seconds: number; rowsPerSecond: number }> {
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, k]) => [
      kind,
      {
        rows: k.rows,
        seconds: Math.round(k.ms / 100) / 10,
        rowsPerSecond: Math.round((k.rows * 1000) / k.ms),
      },
    ]),
  );
}

/** The load's phases of a second or more, as "institutions 23.5 s (6,596 rows/s), …" (issue 18). */
export function loadPhases(kinds: Record<string, { seconds: number; rowsPerSecond: number }>): string {
  return Object.entries(kinds)
    .filter(([, k]) => k.seconds >= 1)
    .map(([kind, k]) => `${kind} ${k.seconds} s (${k.rowsPerSecond.toLocaleString('en')} rows/s)`)
    .join(', ');
}

/** The bench's figures next to issue 8's targets, as a Markdown table (docs/benchmarks.md copies it). */
export function tableRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  // --neo4j-uri measures a database loaded before: no load figure then.
  rows.push(
    r.load.rows === 0
      ? [`load ${r.dataset.size}`, 'not measured (an already loaded database)', '≤ 90 s', 'n/a']
      : [
          `load ${r.dataset.size} (${r.load.rows.toLocaleString('en')} rows)`,
          `${r.load.seconds} s (${r.load.rowsPerSecond.toLocaleString('en')} rows/s): ${loadPhases(r.load.kinds)}`,
          '≤ 90 s',
          verdict(r.dataset.size === 'L' ? r.load.seconds <= 90 : null),
        ],
  );
  const an = r.areaNetwork;
  if (an) {
    rows.push([
      `areaNetwork, ${an.powiats.length - (an.refused?.length ?? 0)} of ${an.powiats.length} powiats (${an.refused?.length ?? 0} refused as too large), GraphQL/HTTP as the web app asks it (compact, compressed, read back)`,
      `p50 ${an.graphql.p50} ms, p95 ${an.graphql.p95} ms`,
      'p95 ≤ 30 ms',
      verdict(an.graphql.p95 <= 30),
    ]);
    if (an.cacheHits > 0) {
      rows.push(['  (read cache)', `${an.cacheHits} answers came from the read cache`, '', 'INVALID']);
    }
    rows.push([
      'areaNetwork, same Cypher via driver',
      `p50 ${an.driver.p50} ms, p95 ${an.driver.p95} ms`,
      '',
      '',
    ]);
    if (an.readBack) {
      rows.push([
        '  (reading the arrays back)',
        `p50 ${an.readBack.p50} ms, p95 ${an.readBack.p95} ms`,
        '',
        '',
      ]);
    }
    rows.push([
      'areaNetwork GraphQL / driver',
      `p50 ×${an.ratioP50}, p95 ×${an.ratioP95}`,
      '≤ 1.3×',
      verdict(an.ratioP50 <= 1.3 && an.ratioP95 <= 1.3),
    ]);
    rows.push([
      '  (powiat size)',
      `nodes p50 ${an.nodes.p50} max ${an.nodes.max}; edges p50 ${an.edges.p50} max ${an.edges.max}`,
      '',
      '',
    ]);
  }
  const wire = r.areaNetworkWire;
  if (wire) {
    const mb = (n: number) => `${(n / 1_048_576).toFixed(2)} MB`;
    rows.push([
      `areaNetwork ${wire.teryt} on the wire (${wire.nodes} nodes, ${wire.edges} ties)`,
      `${mb(wire.compact.wire)} ${wire.compact.encoding}, ${mb(wire.compact.gzip)} gzip, ${mb(wire.compact.uncompressed)} uncompressed`,
      '≤ 1 MB',
      verdict(wire.compact.wire <= 1_048_576),
    ]);
    rows.push([
      '  (documented nodes/edges shape)',
      'refused' in wire.documented
        ? wire.documented.refused
        : `${mb(wire.documented.wire)} ${wire.documented.encoding}, ${mb(wire.documented.gzip)} gzip, ${mb(wire.documented.uncompressed)} uncompressed`,
      '',
      '',
    ]);
  }
  if (r.areaNetworkCached) {
    rows.push([
      'areaNetwork answered from the read cache',
      `p50 ${r.areaNetworkCached.p50} ms, p95 ${r.areaNetworkCached.p95} ms`,
      '',
      '',
    ]);
  }
  for (const [name, target, limit] of [
    ['sectorMatrix', '', null],
    ['missingPartners', 'p95 ≤ 50 ms', 50],
  ] as const) {
    const a = r[name];
    if (!a) continue;
    rows.push(
      a.available
        ? [
            name,
            `p50 ${a.result.p50} ms, p95 ${a.result.p95} ms (n=${a.result.n})`,
            target,
            limit === null ? '' : verdict(a.result.p95 <= limit),
          ]
        : [name, `not available: ${a.reason}`, target, 'n/a'],
    );
  }
  if (r.exports) {
    for (const [name, a] of [
      [`GEXF export (${r.exports.mode ?? 'institutions'}), largest voivodeship`, r.exports.voivodeship],
      [`GEXF export (${r.exports.mode ?? 'institutions'}), whole country`, r.exports.country],
    ] as const) {
      const national = name.endsWith('country');
      rows.push(
        a.available
          ? [
              name,
              `${a.result.seconds} s, ${a.result.megabytes} MB, export process peak RSS ${a.result.exportProcessPeakRssMb ?? '?'} MB (API process ${a.result.serverPeakRssMb ?? '?'} MB)`,
              national ? 'peak RSS ≤ 300 MB' : '',
              national
                ? verdict(a.result.exportProcessPeakRssMb !== null && a.result.exportProcessPeakRssMb <= 300)
                : '',
            ]
          : [name, `not available: ${a.reason}`, national ? 'peak RSS ≤ 300 MB' : '', 'n/a'],
      );
    }
  }
  for (const [name, a] of [
    [`pnpm export (${r.exports?.mode ?? 'institutions'}), largest voivodeship`, r.exports?.cliVoivodeship],
    [`pnpm export (${r.exports?.mode ?? 'institutions'}), whole country`, r.exports?.cliCountry],
  ] as const) {
    if (!a) continue;
    const national = name.endsWith('country');
    rows.push(
      a.available && a.result.exitCode !== 0
        ? [
            name,
            `failed after ${a.result.seconds} s (exit ${a.result.exitCode}: ${a.result.error ?? '?'}), process peak RSS ${a.result.peakRssMb} MB`,
            national ? 'peak RSS ≤ 300 MB' : '',
            national ? 'MISSED' : '',
          ]
        : a.available
          ? [
              name,
              `${a.result.seconds} s, ${a.result.megabytes} MB, process peak RSS ${a.result.peakRssMb} MB`,
              national ? 'peak RSS ≤ 300 MB' : '',
              national ? verdict(a.result.peakRssMb <= 300) : '',
            ]
          : [name, `not available: ${a.reason}`, '', 'n/a'],
    );
  }
  for (const c of r.canvas ?? []) {
    const big = c.nodes >= 10_000;
    rows.push([
      `canvas ${c.nodes.toLocaleString('en')} nodes / ${c.edges.toLocaleString('en')} edges, ${c.renderer}${c.renderer === 'webgl' && c.webglActive === false ? ' (no WebGL2: drew on 2d)' : ''}, layout ${c.layout}`,
      c.firstFrameMs === null
        ? `no frame: ${c.note ?? ''}`
        : `first frame ${c.firstFrameMs} ms (layout ${c.layoutMs} ms), pan ${c.panFps} fps; sigma.js draws the same scene in ${c.sigmaFirstFrameMs ?? '—'} ms (×${c.vsSigma ?? '—'})`,
      big ? '≤ 2 s' : '',
      big ? verdict(c.firstFrameMs !== null && c.firstFrameMs <= 2000) : '',
    ]);
  }
  return rows;
}

export function markdownTable(r: BenchResults): string {
  const lines = ['| measure | result | target | |', '|---|---|---|---|'];
  for (const row of tableRows(r)) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function printTable(r: BenchResults): void {
  console.log(
    `\nsplot bench — ${r.dataset.size}, seed ${r.dataset.seed}, ${r.machine.cpus} CPUs, ${r.machine.memoryGb} GB, load average ${r.machine.loadAverage.atStart} → ${r.machine.loadAverage.atEnd}\n`,
  );
  console.log(markdownTable(r));
  console.log('');
}
