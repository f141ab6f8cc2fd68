import { COUNTRY_TERYT, isCountryCode, isTerytCode } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import { badUserInput } from '../../errors.js';
import { readAreaNetwork } from '../../network/area-network.js';
import { withCompact } from '../../network/compact.js';
import { type FilterArgs, toNetworkFilter } from '../../network/filter-args.js';
import { type NetworkLimits, NetworkTooLargeError } from '../../network/limits.js';
import type { NetworkMode } from '../../network/types.js';
import { IntList, StringList } from '../list-scalars.js';

/** Throws BAD_USER_INPUT unless the code is a well-formed TERYT code. */
export function checkTeryt(teryt: string): string {
  if (!isTerytCode(teryt)) {
    throw badUserInput('teryt', `"${teryt}" is not a TERYT code (2, 4 or 7 digits, e.g. "2607").`);
  }
  return teryt;
}

/** Throws BAD_USER_INPUT unless the code is a TERYT code or PL (00) for the whole country. */
export function checkAreaCode(teryt: string): string {
  if (isCountryCode(teryt)) return COUNTRY_TERYT;
  if (!isTerytCode(teryt)) {
    throw badUserInput(
      'teryt',
      `"${teryt}" is not a TERYT code (2, 4 or 7 digits, e.g. "2607") nor PL for the whole country.`,
    );
  }
  return teryt;
}

/**
 * Runs a read whose network may be too large to answer (network/limits.ts): that becomes the
 * caller's BAD_USER_INPUT on the argument that chose it; the message gives the size and what to
 * choose instead.
 */
export async function refusingTooLarge<T>(read: () => Promise<T>, argumentName = 'teryt'): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NetworkTooLargeError) {
      throw badUserInput(argumentName, error.message);
    }
    throw error;
  }
}

/** Thin resolvers: check the arguments, call a plain module, return its data. */
export function networkResolvers(driver: Driver, { maxTies, boundaryMaxMembers }: NetworkLimits) {
  return {
    Query: {
      areaNetwork: async (_root: unknown, args: { teryt: string; mode?: NetworkMode } & FilterArgs) => {
        const teryt = checkAreaCode(args.teryt);
        const filter = toNetworkFilter(args);
        const network = await refusingTooLarge(() =>
          readAreaNetwork(driver, {
            teryt,
            mode: args.mode ?? 'INSTITUTIONS',
            filter,
            maxTies,
            boundaryMaxMembers,
          }),
        );
        if (!network) throw badUserInput('teryt', `No area has the TERYT code "${teryt}".`);
        return withCompact(network);
      },
    },
    IntList,
    StringList,
  };
}
