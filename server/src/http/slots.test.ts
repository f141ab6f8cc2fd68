import { describe, expect, it } from 'vitest';
import { createSlots } from './slots.js';

describe('createSlots', () => {
  it('lets `size` in at once and the next in line in when one leaves', async () => {
    const slots = createSlots(2, 1000);
    const a = await slots.acquire();
    const b = await slots.acquire();
    const order: string[] = [];
    const c = slots.acquire().then((release) => {
      order.push('c');
      return release;
    });
    const d = slots.acquire().then((release) => {
      order.push('d');
      return release;
    });
    expect(slots.waiting).toBe(2);
    a?.();
    a?.(); // a second release of the same slot changes nothing
    (await c)?.();
    b?.();
    expect(await d).toBeTypeOf('function');
    expect(order).toEqual(['c', 'd']);
    expect(slots.held).toBe(1);
  });

  it('gives up after the wait, or at once without one', async () => {
    const slots = createSlots(1, 20);
    await slots.acquire();
    expect(await slots.acquire()).toBeNull();
    expect(slots.waiting).toBe(0);
    expect(await createSlots(1, 0).acquire()).toBeTypeOf('function');
    const none = createSlots(1, 0);
    await none.acquire();
    expect(await none.acquire()).toBeNull();
  });
});
