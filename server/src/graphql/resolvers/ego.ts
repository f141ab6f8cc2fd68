import type { Driver } from 'neo4j-driver';
import { badUserInput } from '../../errors.js';
import { MAX_EGO_DEPTH } from '../../network/ego.js';
import { readEgoNetwork } from '../../network/ego-network.js';
import { type FilterArgs, toNetworkFilter } from '../../network/filter-args.js';
import type { NetworkMode } from '../../network/types.js';

type EgoArgs = { institutionId: string; depth?: number | null; mode?: NetworkMode } & FilterArgs;

export function egoResolvers(driver: Driver) {
  return {
    Query: {
      egoNetwork: async (_root: unknown, args: EgoArgs) => {
        const depth = args.depth ?? 1;
        if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EGO_DEPTH) {
          throw badUserInput('depth', `depth must be 1 or ${MAX_EGO_DEPTH}, not ${depth}.`);
        }
        const filter = toNetworkFilter(args);
        const network = await readEgoNetwork(driver, {
          institutionId: args.institutionId,
          depth,
          mode: args.mode ?? 'INSTITUTIONS',
          filter,
        });
        if (!network) {
          throw badUserInput('institutionId', `No institution has the id "${args.institutionId}".`);
        }
        return network;
      },
    },
  };
}
