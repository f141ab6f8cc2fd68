/**
 * A hash table from an unordered pair of ranks (lo < hi < n) to an integer, in typed arrays:
 * the one-mode projection looks a tie up once per pair of co-members (360k times for a dense
 * powiat), and a Map per source costs a boxed entry each and the garbage collector's time.
 * Open addressing with linear probing; the key lo·n + hi is exact in a double for any n < 2^26.
 */
export class PairTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(
    private readonly n: number,
    expected = 1024,
  ) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(lo: number, hi: number, key: number): number {
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The pair's value, or -1 when it has none. */
  get(lo: number, hi: number): number {
    const i = this.slot(lo, hi, lo * this.n + hi);
    return this.keys[i] === -1 ? -1 : (this.values[i] as number);
  }

  /**
   * The pair's value; when it has none, `value` becomes its value and -1 is returned. One probe
   * for the projection's "find the tie, or add it".
   */
  getOrSet(lo: number, hi: number, value: number): number {
    const key = lo * this.n + hi;
    const i = this.slot(lo, hi, key);
    if (this.keys[i] !== -1) return this.values[i] as number;
    this.keys[i] = key;
    this.values[i] = value;
    this.count++;
    if (this.count * 2 > this.mask) this.grow();
    return -1;
  }

  set(lo: number, hi: number, value: number): void {
    const key = lo * this.n + hi;
    const i = this.slot(lo, hi, key);
    if (this.keys[i] === -1) {
      this.keys[i] = key;
      this.count++;
    }
    this.values[i] = value;
    if (this.count * 2 > this.mask) this.grow();
  }

  /** Every value, in (lo, hi) order. */
  valuesInOrder(): Int32Array {
    const keys = new Float64Array(this.count);
    let k = 0;
    for (let i = 0; i <= this.mask; i++)
      if ((this.keys[i] as number) !== -1) keys[k++] = this.keys[i] as number;
    keys.sort();
    const out = new Int32Array(this.count);
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as number;
      const lo = Math.floor(key / this.n);
      out[j] = this.get(lo, key - lo * this.n);
    }
    return out;
  }

  private grow(): void {
    const { keys, values, n } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === -1) continue;
      const lo = Math.floor(key / n);
      this.set(lo, key - lo * n, values[i] as number);
    }
  }
}
