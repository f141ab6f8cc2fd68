import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { betweennessScores, twinClasses } from '@splot/measures';
import { measureGraphOf, toAnalyticsGraph } from '../../server/src/analytics/measures/graph.js';
import { runGraphTask } from '../../server/src/analytics/measures/graph-task.js';
import { openCliDatabase } from '../../server/src/cli/database.js';
import { loadConfig } from '../../server/src/config.js';
import { fetchAreaRows } from '../../server/src/network/area-network.js';
import { projectInstitutions } from '../../server/src/network/build-network.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import { igraphBetweenness, igraphPython } from './igraph.js';

// `pnpm bench:brokers [--area 1262] [--repeat 5]`: the brokers answer of one area (the worker's
// task: graph, betweenness, brokerage roles, communities) and betweenness alone, against
// python-igraph's betweenness on the same graph, interleaved in one run so the ratio holds while
// the machine's speed drifts. Database: NEO4J_URI, else the embedded one in NEO4J_DATA_DIR (load
// `pnpm synthetic --size L` first for national scale).
const { values } = parseArgs({
  options: {
    area: { type: 'string', default: '1262' },
    repeat: { type: 'string', default: '5' },
  },
});
const repeat = Number(values.repeat);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const load = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

const config = loadConfig();
// Reading a dense area on a busy machine can pass the API's 30 s bound; the bench times the walk.
const database = await openCliDatabase(config, { txTimeout: '600s' });
const { driver } = database;
try {
  // As the brokers answer reads it: the area's own institutions, no boundary (read-area-analytics.ts).
  const rows = await fetchAreaRows(driver, {
    teryt: values.area,
    mode: 'INSTITUTIONS',
    filter: NO_FILTER,
    boundary: false,
  });
  if (!rows) throw new Error(`no area ${values.area}`);
  const graph = toAnalyticsGraph(projectInstitutions(rows.area, rows.institutions, rows.groups));
  const csr = measureGraphOf(graph);
  const pairs: string[] = [];
  for (let v = 0; v < csr.ids.length; v++)
    for (let e = csr.offsets[v] as number; e < (csr.offsets[v + 1] as number); e++)
      if ((csr.targets[e] as number) > v) pairs.push(`${v} ${csr.targets[e]}`);
  const edges = pairs.join('\n');
  const python = igraphPython();
  const twins = twinClasses(csr);
  console.log(
    `area ${values.area}: ${graph.order} institutions, ${graph.size} ties (${twins.size.length} classes of twins, ${twins.targets.length / 2} ties between them); load ${load()}`,
  );

  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  const whole: number[] = [];
  let check = '';
  for (let r = 0; r < repeat; r++) {
    const ig = igraphBetweenness(python, csr.ids.length, edges);
    const started = performance.now();
    const bc = betweennessScores(csr);
    const s = (performance.now() - started) / 1000;
    ours.push(s);
    theirs.push(ig.wall);
    ratios.push(s / ig.wall);
    const sum = bc.reduce((a, b) => a + b, 0);
    check = `sum of betweenness: splot ${sum.toFixed(6)}, igraph ${ig.version} ${ig.sum.toFixed(6)}`;
    const w = performance.now();
    runGraphTask({
      ...rows,
      measure: 'brokers',
      limit: 20,
      orderBy: 'CROSS_SECTOR',
      maxBetweennessWork: Number.MAX_SAFE_INTEGER,
    });
    whole.push((performance.now() - w) / 1000);
    console.log(
      `run ${r + 1}: betweenness ${s.toFixed(2)} s, igraph ${ig.wall.toFixed(2)} s, brokers answer ${whole.at(-1)?.toFixed(2)} s; load ${load()}`,
    );
  }
  console.log(check);
  console.log(
    `median betweenness ${median(ours).toFixed(2)} s vs igraph ${median(theirs).toFixed(2)} s: ratio median ${median(ratios).toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}); brokers answer median ${median(whole).toFixed(2)} s; load ${load()}`,
  );
} finally {
  await database.close();
}
