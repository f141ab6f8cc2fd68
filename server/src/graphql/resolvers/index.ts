import type { Driver } from 'neo4j-driver';
import type { NetworkLimits } from '../../network/limits.js';
import { accessResolvers } from './access.js';
import { analyticsResolvers } from './analytics.js';
import { egoResolvers } from './ego.js';
import { measuresResolvers } from './measures.js';
import { networkResolvers } from './network.js';
import { provenanceResolvers } from './provenance.js';
import { summaryResolvers } from './summary.js';
import { surveyResolvers } from './survey.js';

// Each domain keeps its resolvers in its own file; this list merges them for Neo4jGraphQL.
const domains = [
  networkResolvers,
  analyticsResolvers,
  provenanceResolvers,
  egoResolvers,
  accessResolvers,
  measuresResolvers,
  surveyResolvers,
  summaryResolvers,
];

type ResolverMap = Record<string, Record<string, unknown>>;

export function buildResolvers(driver: Driver, limits: NetworkLimits): ResolverMap {
  const merged: ResolverMap = {};
  for (const domain of domains) {
    for (const [type, fields] of Object.entries(domain(driver, limits) as ResolverMap)) {
      // A type one domain alone resolves is kept as given (a scalar stays a GraphQLScalarType).
      merged[type] = merged[type] ? { ...merged[type], ...fields } : fields;
    }
  }
  return merged;
}
