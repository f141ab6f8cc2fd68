/**
 * Numbers values in order of first use: the same value always gets the same code, and `values[c]`
 * is the value of code c. What the compact network and the per-node tables of the server and the
 * web app write instead of repeating strings.
 */
export interface CodeBook<T> {
  /** The values seen so far, in order of first use. */
  readonly values: T[];
  code(value: T): number;
}

export function codeBook<T = string>(): CodeBook<T> {
  const values: T[] = [];
  const codes = new Map<T, number>();
  return {
    values,
    code(value) {
      let c = codes.get(value);
      if (c === undefined) {
        c = values.length;
        codes.set(value, c);
        values.push(value);
      }
      return c;
    },
  };
}
