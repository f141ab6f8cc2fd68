import { isIsoDate } from '@splot/domain';
import { badUserInput } from '../errors.js';
import type { NetworkFilter } from './types.js';

export interface FilterArgs {
  asOf?: string | null;
  sectors?: string[] | null;
  kinds?: string[] | null;
  tieKinds?: string[] | null;
  sourcedOnly?: boolean | null;
}

export { isIsoDate };

/** Checks the filter arguments shared by every network-reading field; enums are checked by GraphQL. */
export function toNetworkFilter(args: FilterArgs): NetworkFilter {
  const asOf = args.asOf ?? null;
  if (asOf !== null && !isIsoDate(asOf)) {
    throw badUserInput('asOf', `"${asOf}" is not a date; write it as YYYY-MM-DD, e.g. "2019-06-28".`);
  }
  const list = (v: string[] | null | undefined) => (v && v.length > 0 ? v : null);
  return {
    asOf,
    sectors: list(args.sectors),
    kinds: list(args.kinds),
    tieKinds: list(args.tieKinds),
    sourcedOnly: args.sourcedOnly === true,
  };
}
