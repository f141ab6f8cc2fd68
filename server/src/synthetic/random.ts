import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** FNV-1a over the text: turns a seed and a stream name into one 32-bit seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * A seeded random stream (xoroshiro128+ from pure-rand). Never Math.random: the same seed must
 * give the same synthetic Poland on every machine. `fork(name)` gives an independent stream that
 * depends only on the seed and the name, so one stage drawing more numbers does not shift another.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(
    readonly seed: number,
    readonly stream = '',
  ) {
    this.rng = xoroshiro128plus(hash32(`${seed}/${stream}`));
  }

  fork(name: string): Random {
    return new Random(this.seed, `${this.stream}/${name}`);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** floor(x) plus one with probability frac(x): sums of many stay close to the sum of the x. */
  roundStochastic(x: number): number {
    const whole = Math.floor(x);
    return whole + (this.float() < x - whole ? 1 : 0);
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Draws items with probability proportional to their weight (cumulative sums + binary search). */
export class WeightedPool<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      sum += Math.max(0, weight(items[i] as T));
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  get size(): number {
    return this.items.length;
  }

  draw(random: Random): T {
    if (this.items.length === 0 || this.total <= 0) throw new Error('draw from an empty pool');
    const target = random.float() * this.total;
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
