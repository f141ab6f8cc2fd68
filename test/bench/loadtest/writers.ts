// The write side of `pnpm loadtest --mix`: writers that each create partnerships one after
// another through /graphql (as an editor's form would), recording which writes the API
// acknowledged; afterwards, a check that every acknowledged write is in the database.

export interface WriteOutcome {
  /** Acknowledged partnerships: answered 200 without errors, with the id the API gave. */
  acknowledged: string[];
  latencies: number[];
  /** Everything that is not an acknowledged write, by HTTP status or GraphQL error code. */
  errors: Record<string, number>;
}

/** "20w:100r" → 20 writers, 100 readers. */
export function parseMix(text: string): { writers: number; readers: number } {
  const match = /^(\d+)w:(\d+)r$/.exec(text.trim());
  const writers = Number(match?.[1]);
  const readers = Number(match?.[2]);
  if (!match || writers < 1 || readers < 1 || writers > 500 || readers > 2000)
    throw new Error(`--mix must look like 20w:100r (1–500 writers, 1–2000 readers), not "${text}"`);
  return { writers, readers };
}

const CREATE = `mutation LoadtestWrite($name: String!, $teryt: String!) {
  createPartnerships(input: [{ name: $name, covers: { connect: [{ where: { node: { teryt: { eq: $teryt } } } }] } }]) {
    partnerships { id }
  }
}`;

interface Answer {
  data?: Record<string, unknown>;
  errors?: Array<{ extensions?: { code?: string } }>;
}

async function post(
  base: string,
  token: string,
  query: string,
  variables: object,
): Promise<[number, Answer]> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return [res.status, (await res.json().catch(() => ({}))) as Answer];
}

/** `writers` loops, each writing until `until` resolves; names start with `prefix`. */
export async function runWriters(options: {
  base: string;
  token: string;
  writers: number;
  prefix: string;
  teryt: string;
  until: Promise<unknown>;
}): Promise<WriteOutcome> {
  const out: WriteOutcome = { acknowledged: [], latencies: [], errors: {} };
  const count = (kind: string) => {
    out.errors[kind] = (out.errors[kind] ?? 0) + 1;
  };
  let done = false;
  void options.until.finally(() => {
    done = true;
  });
  let n = 0;
  await Promise.all(
    Array.from({ length: options.writers }, async () => {
      while (!done) {
        const started = performance.now();
        try {
          const [status, body] = await post(options.base, options.token, CREATE, {
            name: `${options.prefix} ${++n}`,
            teryt: options.teryt,
          });
          out.latencies.push(performance.now() - started);
          const created = (
            body.data?.createPartnerships as { partnerships?: Array<{ id: string }> } | undefined
          )?.partnerships?.[0]?.id;
          if (status === 200 && !body.errors && created) out.acknowledged.push(created);
          else if (body.errors) for (const e of body.errors) count(e.extensions?.code ?? `HTTP ${status}`);
          else count(`HTTP ${status}`);
        } catch (error) {
          count(`socket error: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  return out;
}

const CHUNK = 200; // QUERY_MAX_INPUT_LIST's default

/** Which of the ids exist, read back through the API in pages the input bounds allow. */
export async function presentIds(base: string, token: string, ids: string[]): Promise<Set<string>> {
  const present = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const [status, body] = await post(
      base,
      token,
      'query ($ids: [ID!]!) { partnerships(where: { id: { in: $ids } }, limit: 200) { id } }',
      { ids: ids.slice(i, i + CHUNK) },
    );
    const found = body.data?.partnerships as Array<{ id: string }> | undefined;
    if (status !== 200 || !found) throw new Error(`reading the writes back failed: HTTP ${status}`);
    for (const p of found) present.add(p.id);
  }
  return present;
}

/** Deletes what the writers made, so a load test leaves the database as it found it. */
export async function removeWrites(base: string, token: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const [status, body] = await post(
      base,
      token,
      'mutation ($ids: [ID!]!) { deletePartnerships(where: { id: { in: $ids } }) { nodesDeleted } }',
      { ids: ids.slice(i, i + CHUNK) },
    );
    if (status !== 200 || body.errors)
      throw new Error(`removing the load test's writes failed: HTTP ${status}`);
  }
}
