import type { Driver } from 'neo4j-driver';
import { badUserInput } from '../../errors.js';
import { withCompact } from '../../network/compact.js';
import { MAX_EGO_DEPTH } from '../../network/ego.js';
import { readEgoNetwork } from '../../network/ego-network.js';
import { type FilterArgs, toNetworkFilter } from '../../network/filter-args.js';
import type { NetworkLimits } from '../../network/limits.js';
import type { NetworkMode } from '../../network/types.js';
import { refusingTooLarge } from './network.js';

type EgoArgs = { institutionId: string; depth?: number | null; mode?: NetworkMode } & FilterArgs;

export function egoResolvers(driver: Driver, { maxTies }: NetworkLimits) {
  return {
    Query: {
      egoNetwork: async (_root: unknown, args: EgoArgs) => {
        const depth = args.depth ?? 1;
        if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EGO_DEPTH) {
          throw badUserInput('depth', `depth must be 1 or ${MAX_EGO_DEPTH}, not ${depth}.`);
        }
        const filter = toNetworkFilter(args);
        const network = await refusingTooLarge(
          () =>
            readEgoNetwork(driver, {
              institutionId: args.institutionId,
              depth,
              mode: args.mode ?? 'INSTITUTIONS',
              filter,
              maxTies,
            }),
          'depth',
        );
        if (!network) {
          throw badUserInput('institutionId', `No institution has the id "${args.institutionId}".`);
        }
        return withCompact(network);
      },
    },
  };
}
