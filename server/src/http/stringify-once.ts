import type { FormattedExecutionResult } from 'graphql';

/**
 * Apollo's `stringifyResult` that remembers the JSON of each answer's `data` object, so an
 * answer the read cache (read-cache.ts) hands out again is serialised once, not on every hit:
 * for a large areaNetwork that is 6–20 MB of JSON and tens of milliseconds each time. Answers
 * with errors or extensions are serialised afresh. The memory is a WeakMap: a string lives as long
 * as its data object, i.e. while the cache keeps the answer, or until the next garbage collection.
 * It relies on what the read cache relies on already: an answer's data is not changed once sent.
 */
export function stringifyOnce(): (value: FormattedExecutionResult) => string {
  const json = new WeakMap<object, string>();
  return (value) => {
    const data = !value.errors && !value.extensions && value.data ? value.data : null;
    const kept = data ? json.get(data) : undefined;
    if (kept !== undefined) return kept;
    // What Apollo's own prettyJSONStringify writes.
    const text = `${JSON.stringify(value)}\n`;
    if (data) json.set(data, text);
    return text;
  };
}
