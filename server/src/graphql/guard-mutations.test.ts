import { describe, expect, it } from 'vitest';
import { inputsOf, updatedValues } from './guard-mutations.js';

describe('guardMutations input reading', () => {
  it('reads parsed dates (driver objects) as YYYY-MM-DD', async () => {
    const neo4j = (await import('neo4j-driver')).default;
    const date = new neo4j.types.Date(2021, 3, 1);
    expect(inputsOf('create', { input: [{ signedOn: date, name: 'P' }] })[0]?.values).toEqual({
      signedOn: '2021-03-01',
      name: 'P',
    });
    expect(updatedValues({ founded: { set: date } })).toEqual({ founded: '2021-03-01' });
  });

  it('keeps input objects written inline in a query (no prototype) as they are', () => {
    const inline = Object.assign(Object.create(null), { connect: [] });
    expect(inputsOf('create', { input: [{ name: 'P', members: inline }] })[0]?.values.members).toBe(inline);
  });

  it('unwraps the set operations of an update and skips relationship changes', () => {
    expect(updatedValues({ name: { set: 'X' }, nip: { set: null }, sector: [{ connect: [] }] })).toEqual({
      name: 'X',
      nip: null,
    });
  });

  it('lists each created object with its argument path', () => {
    expect(inputsOf('create', { input: [{ name: 'A' }, { name: 'B' }] }).map((i) => i.path)).toEqual([
      'input[0]',
      'input[1]',
    ]);
    expect(inputsOf('update', { update: { name: { set: 'A' } } })).toEqual([
      { path: 'update', values: { name: 'A' }, partial: true },
    ]);
  });
});
