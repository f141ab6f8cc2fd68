import type { FormattedExecutionResult } from 'graphql';

/** Apollo's `stringifyResult`, plus the size in bytes of what it writes. */
export interface AnswerText {
  (value: FormattedExecutionResult): string;
  /** UTF-8 bytes of the answer's JSON (the answer-size bound and the read cache count these). */
  bytes(value: FormattedExecutionResult): number;
}

/**
 * Apollo's `stringifyResult` that remembers the JSON of each answer's `data` object, so an
 * answer the read cache (read-cache.ts) hands out again is serialised once, not on every hit:
 * for a large areaNetwork that is 6–20 MB of JSON and tens of milliseconds each time. Answers
 * with errors or extensions are serialised afresh. The memory is a WeakMap: a string lives as long
 * as its data object, i.e. while the cache keeps the answer, or until the next garbage collection.
 * It relies on what the read cache relies on already: an answer's data is not changed once sent.
 * Measuring an answer (`bytes`) serialises it once, for the sending too.
 */
export function stringifyOnce(): AnswerText {
  const json = new WeakMap<object, string>();
  const sizes = new WeakMap<object, number>();
  const stringify = (value: FormattedExecutionResult): string => {
    const data = !value.errors && !value.extensions && value.data ? value.data : null;
    const kept = data ? json.get(data) : undefined;
    if (kept !== undefined) return kept;
    // What Apollo's own prettyJSONStringify writes.
    const text = `${JSON.stringify(value)}\n`;
    if (data) json.set(data, text);
    return text;
  };
  const bytes = (value: FormattedExecutionResult): number => {
    const data = !value.errors && !value.extensions && value.data ? value.data : null;
    const kept = data ? sizes.get(data) : undefined;
    if (kept !== undefined) return kept;
    const size = Buffer.byteLength(stringify(value));
    if (data) sizes.set(data, size);
    return size;
  };
  return Object.assign(stringify, { bytes });
}
