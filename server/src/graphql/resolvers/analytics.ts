import { isTerytCode } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import type { BrokerOrder } from '../../analytics/measures/brokers.js';
import type { Lang } from '../../analytics/missing-partners/labels.js';
import {
  AreaTooLargeError,
  readAreaMissingPartners,
  readInstitutionMissingPartners,
  UnknownAreaError,
} from '../../analytics/missing-partners/read-missing-partners.js';
import type { Reason } from '../../analytics/missing-partners/reasons.js';
import { readBrokers, readNodeMetrics, readSectorMatrix } from '../../analytics/read-area-analytics.js';
import { readCoverageGaps } from '../../analytics/sectors/read-coverage-gaps.js';
import { badUserInput } from '../../errors.js';
import { toNetworkFilter } from '../../network/filter-args.js';
import type { NetworkLimits } from '../../network/limits.js';
import { checkAreaCode, checkTeryt, refusingTooLarge } from './network.js';

const MAX_LIMIT = 1000;

function checkLimit(limit: number | null | undefined, fallback: number | null): number | null {
  if (limit === null || limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw badUserInput('limit', `limit must be between 1 and ${MAX_LIMIT}; got ${limit}.`);
  }
  return limit;
}

/** The `area` beside an institution: a TERYT code (checked like `teryt`, named as itself). */
function checkArea(area: string): string {
  if (!isTerytCode(area)) {
    throw badUserInput('area', `"${area}" is not a TERYT code (2, 4 or 7 digits, e.g. "2607").`);
  }
  return area;
}

function found<T>(value: T | null, teryt: string): T {
  if (value === null) throw badUserInput('teryt', `No area has the TERYT code "${teryt}".`);
  return value;
}

interface AreaArgs {
  teryt: string;
  asOf?: string | null;
  tieKinds?: string[] | null;
  sectors?: string[] | null;
  kinds?: string[] | null;
  sourcedOnly?: boolean | null;
}

const areaArgs = (args: AreaArgs, limits: NetworkLimits) => {
  const { asOf, tieKinds, sectors, kinds, sourcedOnly } = toNetworkFilter(args);
  return { teryt: checkAreaCode(args.teryt), asOf, tieKinds, sectors, kinds, sourcedOnly, limits };
};

/** Thin resolvers: check the arguments, call a plain module from server/src/analytics, return its data. */
export function analyticsResolvers(driver: Driver, limits: NetworkLimits) {
  return {
    Query: {
      sectorMatrix: async (_root: unknown, args: AreaArgs) => {
        const a = areaArgs(args, limits);
        return found(await readSectorMatrix(driver, a), a.teryt);
      },
      brokers: async (_root: unknown, args: AreaArgs & { limit?: number | null; orderBy?: BrokerOrder }) => {
        const a = areaArgs(args, limits);
        const limit = checkLimit(args.limit, null);
        return found(
          await refusingTooLarge(() =>
            readBrokers(driver, { ...a, limit, orderBy: args.orderBy ?? 'CROSS_SECTOR' }),
          ),
          a.teryt,
        );
      },
      nodeMetrics: async (_root: unknown, args: AreaArgs) => {
        const a = areaArgs(args, limits);
        return found(await refusingTooLarge(() => readNodeMetrics(driver, a)), a.teryt);
      },
      missingPartners: async (
        _root: unknown,
        args: {
          institutionId?: string | null;
          teryt?: string | null;
          area?: string | null;
          asOf?: string | null;
          limit?: number | null;
          sourcedOnly?: boolean | null;
        },
      ) => {
        const { asOf, sourcedOnly } = toNetworkFilter({
          asOf: args.asOf ?? null,
          sourcedOnly: args.sourcedOnly,
        });
        const limit = checkLimit(args.limit, 10) ?? 10;
        const { institutionId, teryt } = args;
        if ((institutionId == null) === (teryt == null)) {
          throw badUserInput('institutionId', 'Give exactly one of institutionId or teryt.');
        }
        if (args.area != null && institutionId == null) {
          throw badUserInput(
            'area',
            'area goes with institutionId; with teryt every candidate is inside it.',
          );
        }
        if (institutionId != null && sourcedOnly) {
          throw badUserInput(
            'sourcedOnly',
            'The institutionId form counts every tie, sourced or not (its snapshot holds no sources); sourcedOnly goes with teryt.',
          );
        }
        if (institutionId != null) {
          const area = args.area == null ? null : checkArea(args.area);
          try {
            const result = await readInstitutionMissingPartners(driver, { institutionId, asOf, limit, area });
            if (!result) throw badUserInput('institutionId', `No institution has the id "${institutionId}".`);
            return result;
          } catch (error) {
            if (error instanceof UnknownAreaError) throw badUserInput('area', error.message);
            throw error;
          }
        }
        const code = checkTeryt(teryt as string);
        try {
          const result = found(
            await refusingTooLarge(() =>
              readAreaMissingPartners(driver, { teryt: code, asOf, limit, sourcedOnly }),
            ),
            code,
          );
          return { ...result, institution: null, partners: [], commonPartnersSkipped: 0, gaps: null };
        } catch (error) {
          if (error instanceof AreaTooLargeError) {
            throw badUserInput('teryt', `${error.message} Choose a powiat or gmina, or ask per institution.`);
          }
          throw error;
        }
      },
      coverageGaps: async (_root: unknown, args: { teryt: string; asOf?: string | null }) => {
        const teryt = checkTeryt(args.teryt);
        const { asOf } = toNetworkFilter({ asOf: args.asOf ?? null });
        return found(await readCoverageGaps(driver, { teryt, asOf }), teryt);
      },
    },
    PartnerCandidate: {
      institution: (candidate: Record<string, unknown>) => candidate,
    },
    Reason: {
      params: (reason: Reason) => Object.entries(reason.params).map(([name, value]) => ({ name, value })),
      text: (reason: Reason, { lang }: { lang?: 'PL' | 'EN' }) =>
        reason.text[(lang ?? 'PL').toLowerCase() as Lang],
    },
  };
}
