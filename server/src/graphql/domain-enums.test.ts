import { readFileSync } from 'node:fs';
import { DOMAIN_ENUMS, INSTITUTION_KINDS, TIE_KINDS } from '@splot/domain';
import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SDL_SNAPSHOT } from './sdl/snapshot.js';
import { loadTypeDefs } from './type-defs.js';

const enumsIn = (sdl: string) =>
  parse(sdl).definitions.filter(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_EXTENSION,
  );

describe('the GraphQL enums of domain facts', () => {
  it('are defined once, from @splot/domain, with its values in its order', () => {
    const enums = enumsIn(loadTypeDefs());
    for (const [name, { values }] of Object.entries(DOMAIN_ENUMS)) {
      const found = enums.filter((e) => e.name.value === name);
      expect(found, `${name} defined once, not extended`).toHaveLength(1);
      expect(found[0]?.values?.map((v) => v.name.value)).toEqual([...values]);
    }
  });

  it('reach the served schema (the SDL snapshot the web app generates its types from)', () => {
    const served = new Map(enumsIn(readFileSync(SDL_SNAPSHOT, 'utf8')).map((e) => [e.name.value, e]));
    for (const [name, { values }] of Object.entries(DOMAIN_ENUMS)) {
      expect(
        served
          .get(name)
          ?.values?.map((v) => v.name.value)
          .sort(),
        name,
      ).toEqual([...values].sort());
    }
    expect(DOMAIN_ENUMS.InstitutionKind?.values).toEqual(INSTITUTION_KINDS);
    expect(DOMAIN_ENUMS.TieKind?.values).toEqual(TIE_KINDS);
  });
});
