/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AreaChildrenAggregateInput = {
  AND?: Array<AreaChildrenAggregateInput> | null | undefined;
  NOT?: AreaChildrenAggregateInput | null | undefined;
  OR?: Array<AreaChildrenAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: AreaChildrenNodeAggregationWhereInput | null | undefined;
};

export type AreaChildrenConnectFieldInput = {
  connect?: Array<AreaConnectInput> | null | undefined;
  where?: AreaConnectWhere | null | undefined;
};

export type AreaChildrenConnectionAggregateInput = {
  AND?: Array<AreaChildrenConnectionAggregateInput> | null | undefined;
  NOT?: AreaChildrenConnectionAggregateInput | null | undefined;
  OR?: Array<AreaChildrenConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AreaChildrenNodeAggregationWhereInput | null | undefined;
};

export type AreaChildrenConnectionFilters = {
  /** Filter Areas by aggregating results on related AreaChildrenConnections */
  aggregate?: AreaChildrenConnectionAggregateInput | null | undefined;
  /** Return Areas where all of the related AreaChildrenConnections match this filter */
  all?: AreaChildrenConnectionWhere | null | undefined;
  /** Return Areas where none of the related AreaChildrenConnections match this filter */
  none?: AreaChildrenConnectionWhere | null | undefined;
  /** Return Areas where one of the related AreaChildrenConnections match this filter */
  single?: AreaChildrenConnectionWhere | null | undefined;
  /** Return Areas where some of the related AreaChildrenConnections match this filter */
  some?: AreaChildrenConnectionWhere | null | undefined;
};

export type AreaChildrenConnectionWhere = {
  AND?: Array<AreaChildrenConnectionWhere> | null | undefined;
  NOT?: AreaChildrenConnectionWhere | null | undefined;
  OR?: Array<AreaChildrenConnectionWhere> | null | undefined;
  node?: AreaWhere | null | undefined;
};

export type AreaChildrenCreateFieldInput = {
  node: AreaCreateInput;
};

export type AreaChildrenDeleteFieldInput = {
  delete?: AreaDeleteInput | null | undefined;
  where?: AreaChildrenConnectionWhere | null | undefined;
};

export type AreaChildrenDisconnectFieldInput = {
  disconnect?: AreaDisconnectInput | null | undefined;
  where?: AreaChildrenConnectionWhere | null | undefined;
};

export type AreaChildrenFieldInput = {
  connect?: Array<AreaChildrenConnectFieldInput> | null | undefined;
  create?: Array<AreaChildrenCreateFieldInput> | null | undefined;
};

export type AreaChildrenNodeAggregationWhereInput = {
  AND?: Array<AreaChildrenNodeAggregationWhereInput> | null | undefined;
  NOT?: AreaChildrenNodeAggregationWhereInput | null | undefined;
  OR?: Array<AreaChildrenNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  teryt?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { eq: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { eq: ... } } }' instead. */
  teryt_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { eq: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type AreaConnectInput = {
  children?: Array<AreaChildrenConnectFieldInput> | null | undefined;
  institutions?: Array<AreaInstitutionsConnectFieldInput> | null | undefined;
  parent?: Array<AreaParentConnectFieldInput> | null | undefined;
};

export type AreaConnectWhere = {
  node: AreaWhere;
};

export type AreaCreateInput = {
  children?: AreaChildrenFieldInput | null | undefined;
  institutions?: AreaInstitutionsFieldInput | null | undefined;
  level: AreaLevel;
  name: string;
  parent?: AreaParentFieldInput | null | undefined;
  teryt: string;
};

export type AreaDeleteInput = {
  children?: Array<AreaChildrenDeleteFieldInput> | null | undefined;
  institutions?: Array<AreaInstitutionsDeleteFieldInput> | null | undefined;
  parent?: Array<AreaParentDeleteFieldInput> | null | undefined;
};

export type AreaDisconnectInput = {
  children?: Array<AreaChildrenDisconnectFieldInput> | null | undefined;
  institutions?: Array<AreaInstitutionsDisconnectFieldInput> | null | undefined;
  parent?: Array<AreaParentDisconnectFieldInput> | null | undefined;
};

export type AreaInstitutionsAggregateInput = {
  AND?: Array<AreaInstitutionsAggregateInput> | null | undefined;
  NOT?: AreaInstitutionsAggregateInput | null | undefined;
  OR?: Array<AreaInstitutionsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: AreaInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type AreaInstitutionsConnectFieldInput = {
  connect?: Array<InstitutionConnectInput> | null | undefined;
  where?: InstitutionConnectWhere | null | undefined;
};

export type AreaInstitutionsConnectionAggregateInput = {
  AND?: Array<AreaInstitutionsConnectionAggregateInput> | null | undefined;
  NOT?: AreaInstitutionsConnectionAggregateInput | null | undefined;
  OR?: Array<AreaInstitutionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AreaInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type AreaInstitutionsConnectionFilters = {
  /** Filter Areas by aggregating results on related AreaInstitutionsConnections */
  aggregate?: AreaInstitutionsConnectionAggregateInput | null | undefined;
  /** Return Areas where all of the related AreaInstitutionsConnections match this filter */
  all?: AreaInstitutionsConnectionWhere | null | undefined;
  /** Return Areas where none of the related AreaInstitutionsConnections match this filter */
  none?: AreaInstitutionsConnectionWhere | null | undefined;
  /** Return Areas where one of the related AreaInstitutionsConnections match this filter */
  single?: AreaInstitutionsConnectionWhere | null | undefined;
  /** Return Areas where some of the related AreaInstitutionsConnections match this filter */
  some?: AreaInstitutionsConnectionWhere | null | undefined;
};

export type AreaInstitutionsConnectionWhere = {
  AND?: Array<AreaInstitutionsConnectionWhere> | null | undefined;
  NOT?: AreaInstitutionsConnectionWhere | null | undefined;
  OR?: Array<AreaInstitutionsConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type AreaInstitutionsCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type AreaInstitutionsDeleteFieldInput = {
  delete?: InstitutionDeleteInput | null | undefined;
  where?: AreaInstitutionsConnectionWhere | null | undefined;
};

export type AreaInstitutionsDisconnectFieldInput = {
  disconnect?: InstitutionDisconnectInput | null | undefined;
  where?: AreaInstitutionsConnectionWhere | null | undefined;
};

export type AreaInstitutionsFieldInput = {
  connect?: Array<AreaInstitutionsConnectFieldInput> | null | undefined;
  create?: Array<AreaInstitutionsCreateFieldInput> | null | undefined;
};

export type AreaInstitutionsNodeAggregationWhereInput = {
  AND?: Array<AreaInstitutionsNodeAggregationWhereInput> | null | undefined;
  NOT?: AreaInstitutionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AreaInstitutionsNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { eq: ... } } }' instead. */
  address_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gt: ... } } }' instead. */
  address_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gte: ... } } }' instead. */
  address_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lt: ... } } }' instead. */
  address_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lte: ... } } }' instead. */
  address_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { eq: ... } } }' instead. */
  address_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gt: ... } } }' instead. */
  address_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gte: ... } } }' instead. */
  address_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lt: ... } } }' instead. */
  address_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lte: ... } } }' instead. */
  address_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { eq: ... } } }' instead. */
  address_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gt: ... } } }' instead. */
  address_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gte: ... } } }' instead. */
  address_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lt: ... } } }' instead. */
  address_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lte: ... } } }' instead. */
  address_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaBasis?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { eq: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { eq: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { eq: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaSource?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { eq: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { eq: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { eq: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LTE?: number | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { eq: ... } } }' instead. */
  email_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gt: ... } } }' instead. */
  email_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gte: ... } } }' instead. */
  email_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lt: ... } } }' instead. */
  email_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lte: ... } } }' instead. */
  email_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { eq: ... } } }' instead. */
  email_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gt: ... } } }' instead. */
  email_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gte: ... } } }' instead. */
  email_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lt: ... } } }' instead. */
  email_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lte: ... } } }' instead. */
  email_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { eq: ... } } }' instead. */
  email_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gt: ... } } }' instead. */
  email_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gte: ... } } }' instead. */
  email_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lt: ... } } }' instead. */
  email_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lte: ... } } }' instead. */
  email_SHORTEST_LENGTH_LTE?: number | null | undefined;
  krs?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { eq: ... } } }' instead. */
  krs_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { eq: ... } } }' instead. */
  krs_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gt: ... } } }' instead. */
  krs_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gte: ... } } }' instead. */
  krs_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lt: ... } } }' instead. */
  krs_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lte: ... } } }' instead. */
  krs_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { eq: ... } } }' instead. */
  krs_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { eq: ... } } }' instead. */
  lat_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gt: ... } } }' instead. */
  lat_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gte: ... } } }' instead. */
  lat_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lt: ... } } }' instead. */
  lat_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lte: ... } } }' instead. */
  lat_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { eq: ... } } }' instead. */
  lat_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gt: ... } } }' instead. */
  lat_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gte: ... } } }' instead. */
  lat_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lt: ... } } }' instead. */
  lat_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lte: ... } } }' instead. */
  lat_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { eq: ... } } }' instead. */
  lat_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gt: ... } } }' instead. */
  lat_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gte: ... } } }' instead. */
  lat_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lt: ... } } }' instead. */
  lat_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lte: ... } } }' instead. */
  lat_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { eq: ... } } }' instead. */
  lat_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gt: ... } } }' instead. */
  lat_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gte: ... } } }' instead. */
  lat_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lt: ... } } }' instead. */
  lat_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lte: ... } } }' instead. */
  lat_SUM_LTE?: number | null | undefined;
  legalForm?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { eq: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { eq: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { eq: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { eq: ... } } }' instead. */
  lon_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gt: ... } } }' instead. */
  lon_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gte: ... } } }' instead. */
  lon_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lt: ... } } }' instead. */
  lon_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lte: ... } } }' instead. */
  lon_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { eq: ... } } }' instead. */
  lon_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gt: ... } } }' instead. */
  lon_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gte: ... } } }' instead. */
  lon_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lt: ... } } }' instead. */
  lon_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lte: ... } } }' instead. */
  lon_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { eq: ... } } }' instead. */
  lon_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gt: ... } } }' instead. */
  lon_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gte: ... } } }' instead. */
  lon_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lt: ... } } }' instead. */
  lon_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lte: ... } } }' instead. */
  lon_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { eq: ... } } }' instead. */
  lon_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gt: ... } } }' instead. */
  lon_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gte: ... } } }' instead. */
  lon_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lt: ... } } }' instead. */
  lon_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lte: ... } } }' instead. */
  lon_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  nip?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { eq: ... } } }' instead. */
  nip_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { eq: ... } } }' instead. */
  nip_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gt: ... } } }' instead. */
  nip_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gte: ... } } }' instead. */
  nip_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lt: ... } } }' instead. */
  nip_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lte: ... } } }' instead. */
  nip_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { eq: ... } } }' instead. */
  nip_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LTE?: number | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { eq: ... } } }' instead. */
  phone_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { eq: ... } } }' instead. */
  phone_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gt: ... } } }' instead. */
  phone_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gte: ... } } }' instead. */
  phone_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lt: ... } } }' instead. */
  phone_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lte: ... } } }' instead. */
  phone_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { eq: ... } } }' instead. */
  phone_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LTE?: number | null | undefined;
  regon?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { eq: ... } } }' instead. */
  regon_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { eq: ... } } }' instead. */
  regon_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gt: ... } } }' instead. */
  regon_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gte: ... } } }' instead. */
  regon_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lt: ... } } }' instead. */
  regon_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lte: ... } } }' instead. */
  regon_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { eq: ... } } }' instead. */
  regon_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LTE?: number | null | undefined;
  shortName?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { eq: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { eq: ... } } }' instead. */
  shortName_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { eq: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LTE?: number | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { eq: ... } } }' instead. */
  website_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gt: ... } } }' instead. */
  website_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gte: ... } } }' instead. */
  website_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lt: ... } } }' instead. */
  website_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lte: ... } } }' instead. */
  website_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { eq: ... } } }' instead. */
  website_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gt: ... } } }' instead. */
  website_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gte: ... } } }' instead. */
  website_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lt: ... } } }' instead. */
  website_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lte: ... } } }' instead. */
  website_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { eq: ... } } }' instead. */
  website_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gt: ... } } }' instead. */
  website_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gte: ... } } }' instead. */
  website_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lt: ... } } }' instead. */
  website_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lte: ... } } }' instead. */
  website_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type AreaInstitutionsUpdateConnectionInput = {
  node?: InstitutionUpdateInput | null | undefined;
  where?: AreaInstitutionsConnectionWhere | null | undefined;
};

export type AreaInstitutionsUpdateFieldInput = {
  connect?: Array<AreaInstitutionsConnectFieldInput> | null | undefined;
  create?: Array<AreaInstitutionsCreateFieldInput> | null | undefined;
  delete?: Array<AreaInstitutionsDeleteFieldInput> | null | undefined;
  disconnect?: Array<AreaInstitutionsDisconnectFieldInput> | null | undefined;
  update?: AreaInstitutionsUpdateConnectionInput | null | undefined;
};

export type AreaLevel =
  /** The whole of Poland (TERYT "PL"): the area of networks and exports of the country, not stored. */
  | 'COUNTRY'
  | 'GMINA'
  | 'POWIAT'
  | 'VOIVODESHIP';

/** AreaLevel filters */
export type AreaLevelEnumScalarFilters = {
  eq?: AreaLevel | null | undefined;
  in?: Array<AreaLevel> | null | undefined;
};

/** AreaLevel mutations */
export type AreaLevelEnumScalarMutations = {
  set?: AreaLevel | null | undefined;
};

export type AreaParentAggregateInput = {
  AND?: Array<AreaParentAggregateInput> | null | undefined;
  NOT?: AreaParentAggregateInput | null | undefined;
  OR?: Array<AreaParentAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: AreaParentNodeAggregationWhereInput | null | undefined;
};

export type AreaParentConnectFieldInput = {
  connect?: Array<AreaConnectInput> | null | undefined;
  where?: AreaConnectWhere | null | undefined;
};

export type AreaParentConnectionAggregateInput = {
  AND?: Array<AreaParentConnectionAggregateInput> | null | undefined;
  NOT?: AreaParentConnectionAggregateInput | null | undefined;
  OR?: Array<AreaParentConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AreaParentNodeAggregationWhereInput | null | undefined;
};

export type AreaParentConnectionFilters = {
  /** Filter Areas by aggregating results on related AreaParentConnections */
  aggregate?: AreaParentConnectionAggregateInput | null | undefined;
  /** Return Areas where all of the related AreaParentConnections match this filter */
  all?: AreaParentConnectionWhere | null | undefined;
  /** Return Areas where none of the related AreaParentConnections match this filter */
  none?: AreaParentConnectionWhere | null | undefined;
  /** Return Areas where one of the related AreaParentConnections match this filter */
  single?: AreaParentConnectionWhere | null | undefined;
  /** Return Areas where some of the related AreaParentConnections match this filter */
  some?: AreaParentConnectionWhere | null | undefined;
};

export type AreaParentConnectionWhere = {
  AND?: Array<AreaParentConnectionWhere> | null | undefined;
  NOT?: AreaParentConnectionWhere | null | undefined;
  OR?: Array<AreaParentConnectionWhere> | null | undefined;
  node?: AreaWhere | null | undefined;
};

export type AreaParentCreateFieldInput = {
  node: AreaCreateInput;
};

export type AreaParentDeleteFieldInput = {
  delete?: AreaDeleteInput | null | undefined;
  where?: AreaParentConnectionWhere | null | undefined;
};

export type AreaParentDisconnectFieldInput = {
  disconnect?: AreaDisconnectInput | null | undefined;
  where?: AreaParentConnectionWhere | null | undefined;
};

export type AreaParentFieldInput = {
  connect?: Array<AreaParentConnectFieldInput> | null | undefined;
  create?: Array<AreaParentCreateFieldInput> | null | undefined;
};

export type AreaParentNodeAggregationWhereInput = {
  AND?: Array<AreaParentNodeAggregationWhereInput> | null | undefined;
  NOT?: AreaParentNodeAggregationWhereInput | null | undefined;
  OR?: Array<AreaParentNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  teryt?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { eq: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { eq: ... } } }' instead. */
  teryt_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { eq: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type AreaRelationshipFilters = {
  /** Filter type where all of the related Areas match this filter */
  all?: AreaWhere | null | undefined;
  /** Filter type where none of the related Areas match this filter */
  none?: AreaWhere | null | undefined;
  /** Filter type where one of the related Areas match this filter */
  single?: AreaWhere | null | undefined;
  /** Filter type where some of the related Areas match this filter */
  some?: AreaWhere | null | undefined;
};

export type AreaUpdateInput = {
  institutions?: Array<AreaInstitutionsUpdateFieldInput> | null | undefined;
  level?: AreaLevelEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'level: { set: ... } }' instead. */
  level_SET?: AreaLevel | null | undefined;
  name?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'name: { set: ... } }' instead. */
  name_SET?: string | null | undefined;
  teryt?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'teryt: { set: ... } }' instead. */
  teryt_SET?: string | null | undefined;
};

export type AreaWhere = {
  AND?: Array<AreaWhere> | null | undefined;
  NOT?: AreaWhere | null | undefined;
  OR?: Array<AreaWhere> | null | undefined;
  children?: AreaRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the childrenConnection filter, please use { childrenConnection: { aggregate: {...} } } instead */
  childrenAggregate?: AreaChildrenAggregateInput | null | undefined;
  childrenConnection?: AreaChildrenConnectionFilters | null | undefined;
  /**
   * Return Areas where all of the related AreaChildrenConnections match this filter
   * @deprecated Please use the relevant generic filter 'childrenConnection: { all: { node: ... } } }' instead.
   */
  childrenConnection_ALL?: AreaChildrenConnectionWhere | null | undefined;
  /**
   * Return Areas where none of the related AreaChildrenConnections match this filter
   * @deprecated Please use the relevant generic filter 'childrenConnection: { none: { node: ... } } }' instead.
   */
  childrenConnection_NONE?: AreaChildrenConnectionWhere | null | undefined;
  /**
   * Return Areas where one of the related AreaChildrenConnections match this filter
   * @deprecated Please use the relevant generic filter 'childrenConnection: { single: { node: ... } } }' instead.
   */
  childrenConnection_SINGLE?: AreaChildrenConnectionWhere | null | undefined;
  /**
   * Return Areas where some of the related AreaChildrenConnections match this filter
   * @deprecated Please use the relevant generic filter 'childrenConnection: { some: { node: ... } } }' instead.
   */
  childrenConnection_SOME?: AreaChildrenConnectionWhere | null | undefined;
  /**
   * Return Areas where all of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'children: { all: ... }' instead.
   */
  children_ALL?: AreaWhere | null | undefined;
  /**
   * Return Areas where none of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'children: { none: ... }' instead.
   */
  children_NONE?: AreaWhere | null | undefined;
  /**
   * Return Areas where one of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'children: {  single: ... }' instead.
   */
  children_SINGLE?: AreaWhere | null | undefined;
  /**
   * Return Areas where some of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'children: {  some: ... }' instead.
   */
  children_SOME?: AreaWhere | null | undefined;
  institutions?: InstitutionRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the institutionsConnection filter, please use { institutionsConnection: { aggregate: {...} } } instead */
  institutionsAggregate?: AreaInstitutionsAggregateInput | null | undefined;
  institutionsConnection?: AreaInstitutionsConnectionFilters | null | undefined;
  /**
   * Return Areas where all of the related AreaInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { all: { node: ... } } }' instead.
   */
  institutionsConnection_ALL?: AreaInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Areas where none of the related AreaInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { none: { node: ... } } }' instead.
   */
  institutionsConnection_NONE?: AreaInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Areas where one of the related AreaInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { single: { node: ... } } }' instead.
   */
  institutionsConnection_SINGLE?: AreaInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Areas where some of the related AreaInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { some: { node: ... } } }' instead.
   */
  institutionsConnection_SOME?: AreaInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Areas where all of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: { all: ... }' instead.
   */
  institutions_ALL?: InstitutionWhere | null | undefined;
  /**
   * Return Areas where none of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: { none: ... }' instead.
   */
  institutions_NONE?: InstitutionWhere | null | undefined;
  /**
   * Return Areas where one of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: {  single: ... }' instead.
   */
  institutions_SINGLE?: InstitutionWhere | null | undefined;
  /**
   * Return Areas where some of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: {  some: ... }' instead.
   */
  institutions_SOME?: InstitutionWhere | null | undefined;
  level?: AreaLevelEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter level: { eq: ... } */
  level_EQ?: AreaLevel | null | undefined;
  /** @deprecated Please use the relevant generic filter level: { in: ... } */
  level_IN?: Array<AreaLevel> | null | undefined;
  name?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: string | null | undefined;
  parent?: AreaRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the parentConnection filter, please use { parentConnection: { aggregate: {...} } } instead */
  parentAggregate?: AreaParentAggregateInput | null | undefined;
  parentConnection?: AreaParentConnectionFilters | null | undefined;
  /**
   * Return Areas where all of the related AreaParentConnections match this filter
   * @deprecated Please use the relevant generic filter 'parentConnection: { all: { node: ... } } }' instead.
   */
  parentConnection_ALL?: AreaParentConnectionWhere | null | undefined;
  /**
   * Return Areas where none of the related AreaParentConnections match this filter
   * @deprecated Please use the relevant generic filter 'parentConnection: { none: { node: ... } } }' instead.
   */
  parentConnection_NONE?: AreaParentConnectionWhere | null | undefined;
  /**
   * Return Areas where one of the related AreaParentConnections match this filter
   * @deprecated Please use the relevant generic filter 'parentConnection: { single: { node: ... } } }' instead.
   */
  parentConnection_SINGLE?: AreaParentConnectionWhere | null | undefined;
  /**
   * Return Areas where some of the related AreaParentConnections match this filter
   * @deprecated Please use the relevant generic filter 'parentConnection: { some: { node: ... } } }' instead.
   */
  parentConnection_SOME?: AreaParentConnectionWhere | null | undefined;
  /**
   * Return Areas where all of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'parent: { all: ... }' instead.
   */
  parent_ALL?: AreaWhere | null | undefined;
  /**
   * Return Areas where none of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'parent: { none: ... }' instead.
   */
  parent_NONE?: AreaWhere | null | undefined;
  /**
   * Return Areas where one of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'parent: {  single: ... }' instead.
   */
  parent_SINGLE?: AreaWhere | null | undefined;
  /**
   * Return Areas where some of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'parent: {  some: ... }' instead.
   */
  parent_SOME?: AreaWhere | null | undefined;
  teryt?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter teryt: { contains: ... } */
  teryt_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter teryt: { endsWith: ... } */
  teryt_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter teryt: { eq: ... } */
  teryt_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter teryt: { in: ... } */
  teryt_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter teryt: { startsWith: ... } */
  teryt_STARTS_WITH?: string | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: boolean | null | undefined;
};

export type CitationAggregationWhereInput = {
  AND?: Array<CitationAggregationWhereInput> | null | undefined;
  NOT?: CitationAggregationWhereInput | null | undefined;
  OR?: Array<CitationAggregationWhereInput> | null | undefined;
  quote?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { averageLength: { eq: ... } } }' instead. */
  quote_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { averageLength: { gt: ... } } }' instead. */
  quote_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { averageLength: { gte: ... } } }' instead. */
  quote_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { averageLength: { lt: ... } } }' instead. */
  quote_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { averageLength: { lte: ... } } }' instead. */
  quote_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { longestLength: { eq: ... } } }' instead. */
  quote_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { longestLength: { gt: ... } } }' instead. */
  quote_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { longestLength: { gte: ... } } }' instead. */
  quote_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { longestLength: { lt: ... } } }' instead. */
  quote_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { longestLength: { lte: ... } } }' instead. */
  quote_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { shortestLength: { eq: ... } } }' instead. */
  quote_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { shortestLength: { gt: ... } } }' instead. */
  quote_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { shortestLength: { gte: ... } } }' instead. */
  quote_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { shortestLength: { lt: ... } } }' instead. */
  quote_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'quote: { shortestLength: { lte: ... } } }' instead. */
  quote_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type CitationCreateInput = {
  quote?: string | null | undefined;
};

export type CitationUpdateInput = {
  quote?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'quote: { set: ... } }' instead. */
  quote_SET?: string | null | undefined;
};

export type CitationWhere = {
  AND?: Array<CitationWhere> | null | undefined;
  NOT?: CitationWhere | null | undefined;
  OR?: Array<CitationWhere> | null | undefined;
  quote?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter quote: { contains: ... } */
  quote_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter quote: { endsWith: ... } */
  quote_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter quote: { eq: ... } */
  quote_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter quote: { in: ... } */
  quote_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter quote: { startsWith: ... } */
  quote_STARTS_WITH?: string | null | undefined;
};

export type CollaborationConnectInput = {
  covers?: Array<CollaborationCoversConnectFieldInput> | null | undefined;
  participants?: Array<CollaborationParticipantsConnectFieldInput> | null | undefined;
  sources?: Array<CollaborationSourcesConnectFieldInput> | null | undefined;
};

export type CollaborationConnectWhere = {
  node: CollaborationWhere;
};

export type CollaborationCoversAggregateInput = {
  AND?: Array<CollaborationCoversAggregateInput> | null | undefined;
  NOT?: CollaborationCoversAggregateInput | null | undefined;
  OR?: Array<CollaborationCoversAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: CollaborationCoversNodeAggregationWhereInput | null | undefined;
};

export type CollaborationCoversConnectFieldInput = {
  connect?: Array<AreaConnectInput> | null | undefined;
  where?: AreaConnectWhere | null | undefined;
};

export type CollaborationCoversConnectionAggregateInput = {
  AND?: Array<CollaborationCoversConnectionAggregateInput> | null | undefined;
  NOT?: CollaborationCoversConnectionAggregateInput | null | undefined;
  OR?: Array<CollaborationCoversConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CollaborationCoversNodeAggregationWhereInput | null | undefined;
};

export type CollaborationCoversConnectionFilters = {
  /** Filter Collaborations by aggregating results on related CollaborationCoversConnections */
  aggregate?: CollaborationCoversConnectionAggregateInput | null | undefined;
  /** Return Collaborations where all of the related CollaborationCoversConnections match this filter */
  all?: CollaborationCoversConnectionWhere | null | undefined;
  /** Return Collaborations where none of the related CollaborationCoversConnections match this filter */
  none?: CollaborationCoversConnectionWhere | null | undefined;
  /** Return Collaborations where one of the related CollaborationCoversConnections match this filter */
  single?: CollaborationCoversConnectionWhere | null | undefined;
  /** Return Collaborations where some of the related CollaborationCoversConnections match this filter */
  some?: CollaborationCoversConnectionWhere | null | undefined;
};

export type CollaborationCoversConnectionWhere = {
  AND?: Array<CollaborationCoversConnectionWhere> | null | undefined;
  NOT?: CollaborationCoversConnectionWhere | null | undefined;
  OR?: Array<CollaborationCoversConnectionWhere> | null | undefined;
  node?: AreaWhere | null | undefined;
};

export type CollaborationCoversCreateFieldInput = {
  node: AreaCreateInput;
};

export type CollaborationCoversDeleteFieldInput = {
  delete?: AreaDeleteInput | null | undefined;
  where?: CollaborationCoversConnectionWhere | null | undefined;
};

export type CollaborationCoversDisconnectFieldInput = {
  disconnect?: AreaDisconnectInput | null | undefined;
  where?: CollaborationCoversConnectionWhere | null | undefined;
};

export type CollaborationCoversFieldInput = {
  connect?: Array<CollaborationCoversConnectFieldInput> | null | undefined;
  create?: Array<CollaborationCoversCreateFieldInput> | null | undefined;
};

export type CollaborationCoversNodeAggregationWhereInput = {
  AND?: Array<CollaborationCoversNodeAggregationWhereInput> | null | undefined;
  NOT?: CollaborationCoversNodeAggregationWhereInput | null | undefined;
  OR?: Array<CollaborationCoversNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  teryt?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { eq: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { eq: ... } } }' instead. */
  teryt_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { eq: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type CollaborationCoversUpdateConnectionInput = {
  node?: AreaUpdateInput | null | undefined;
  where?: CollaborationCoversConnectionWhere | null | undefined;
};

export type CollaborationCoversUpdateFieldInput = {
  connect?: Array<CollaborationCoversConnectFieldInput> | null | undefined;
  create?: Array<CollaborationCoversCreateFieldInput> | null | undefined;
  delete?: Array<CollaborationCoversDeleteFieldInput> | null | undefined;
  disconnect?: Array<CollaborationCoversDisconnectFieldInput> | null | undefined;
  update?: CollaborationCoversUpdateConnectionInput | null | undefined;
};

export type CollaborationCreateInput = {
  amountPln?: number | null | undefined;
  covers?: CollaborationCoversFieldInput | null | undefined;
  datePrecision?: DatePrecision | null | undefined;
  endedOn?: string | null | undefined;
  goal?: string | null | undefined;
  identifiedBy?: Array<string> | null | undefined;
  kind: CollaborationKind;
  participants?: CollaborationParticipantsFieldInput | null | undefined;
  programme?: string | null | undefined;
  sources?: CollaborationSourcesFieldInput | null | undefined;
  startedOn?: string | null | undefined;
  synthetic?: boolean | null | undefined;
  title: string;
  unsourced?: boolean | null | undefined;
};

export type CollaborationDeleteInput = {
  covers?: Array<CollaborationCoversDeleteFieldInput> | null | undefined;
  participants?: Array<CollaborationParticipantsDeleteFieldInput> | null | undefined;
  sources?: Array<CollaborationSourcesDeleteFieldInput> | null | undefined;
};

export type CollaborationDisconnectInput = {
  covers?: Array<CollaborationCoversDisconnectFieldInput> | null | undefined;
  participants?: Array<CollaborationParticipantsDisconnectFieldInput> | null | undefined;
  sources?: Array<CollaborationSourcesDisconnectFieldInput> | null | undefined;
};

export type CollaborationKind =
  | 'AGREEMENT'
  | 'CONTRACT'
  | 'EVENT'
  | 'OTHER'
  | 'PROJECT'
  | 'REFERRAL'
  /** reported by both institutions in a partner survey */
  | 'REPORTED_MUTUAL'
  /** reported by one of the two institutions in a partner survey */
  | 'REPORTED_ONE_SIDED'
  | 'SOCIAL_CLAUSE'
  | 'STUDY_VISIT';

/** CollaborationKind filters */
export type CollaborationKindEnumScalarFilters = {
  eq?: CollaborationKind | null | undefined;
  in?: Array<CollaborationKind> | null | undefined;
};

/** CollaborationKind mutations */
export type CollaborationKindEnumScalarMutations = {
  set?: CollaborationKind | null | undefined;
};

export type CollaborationParticipantsAggregateInput = {
  AND?: Array<CollaborationParticipantsAggregateInput> | null | undefined;
  NOT?: CollaborationParticipantsAggregateInput | null | undefined;
  OR?: Array<CollaborationParticipantsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: ParticipationAggregationWhereInput | null | undefined;
  node?: CollaborationParticipantsNodeAggregationWhereInput | null | undefined;
};

export type CollaborationParticipantsConnectFieldInput = {
  connect?: Array<InstitutionConnectInput> | null | undefined;
  edge?: ParticipationCreateInput | null | undefined;
  where?: InstitutionConnectWhere | null | undefined;
};

export type CollaborationParticipantsConnectionAggregateInput = {
  AND?: Array<CollaborationParticipantsConnectionAggregateInput> | null | undefined;
  NOT?: CollaborationParticipantsConnectionAggregateInput | null | undefined;
  OR?: Array<CollaborationParticipantsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ParticipationAggregationWhereInput | null | undefined;
  node?: CollaborationParticipantsNodeAggregationWhereInput | null | undefined;
};

export type CollaborationParticipantsConnectionFilters = {
  /** Filter Collaborations by aggregating results on related CollaborationParticipantsConnections */
  aggregate?: CollaborationParticipantsConnectionAggregateInput | null | undefined;
  /** Return Collaborations where all of the related CollaborationParticipantsConnections match this filter */
  all?: CollaborationParticipantsConnectionWhere | null | undefined;
  /** Return Collaborations where none of the related CollaborationParticipantsConnections match this filter */
  none?: CollaborationParticipantsConnectionWhere | null | undefined;
  /** Return Collaborations where one of the related CollaborationParticipantsConnections match this filter */
  single?: CollaborationParticipantsConnectionWhere | null | undefined;
  /** Return Collaborations where some of the related CollaborationParticipantsConnections match this filter */
  some?: CollaborationParticipantsConnectionWhere | null | undefined;
};

export type CollaborationParticipantsConnectionWhere = {
  AND?: Array<CollaborationParticipantsConnectionWhere> | null | undefined;
  NOT?: CollaborationParticipantsConnectionWhere | null | undefined;
  OR?: Array<CollaborationParticipantsConnectionWhere> | null | undefined;
  edge?: ParticipationWhere | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type CollaborationParticipantsCreateFieldInput = {
  edge?: ParticipationCreateInput | null | undefined;
  node: InstitutionCreateInput;
};

export type CollaborationParticipantsDeleteFieldInput = {
  delete?: InstitutionDeleteInput | null | undefined;
  where?: CollaborationParticipantsConnectionWhere | null | undefined;
};

export type CollaborationParticipantsDisconnectFieldInput = {
  disconnect?: InstitutionDisconnectInput | null | undefined;
  where?: CollaborationParticipantsConnectionWhere | null | undefined;
};

export type CollaborationParticipantsFieldInput = {
  connect?: Array<CollaborationParticipantsConnectFieldInput> | null | undefined;
  create?: Array<CollaborationParticipantsCreateFieldInput> | null | undefined;
};

export type CollaborationParticipantsNodeAggregationWhereInput = {
  AND?: Array<CollaborationParticipantsNodeAggregationWhereInput> | null | undefined;
  NOT?: CollaborationParticipantsNodeAggregationWhereInput | null | undefined;
  OR?: Array<CollaborationParticipantsNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { eq: ... } } }' instead. */
  address_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gt: ... } } }' instead. */
  address_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gte: ... } } }' instead. */
  address_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lt: ... } } }' instead. */
  address_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lte: ... } } }' instead. */
  address_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { eq: ... } } }' instead. */
  address_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gt: ... } } }' instead. */
  address_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gte: ... } } }' instead. */
  address_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lt: ... } } }' instead. */
  address_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lte: ... } } }' instead. */
  address_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { eq: ... } } }' instead. */
  address_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gt: ... } } }' instead. */
  address_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gte: ... } } }' instead. */
  address_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lt: ... } } }' instead. */
  address_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lte: ... } } }' instead. */
  address_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaBasis?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { eq: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { eq: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { eq: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaSource?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { eq: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { eq: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { eq: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LTE?: number | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { eq: ... } } }' instead. */
  email_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gt: ... } } }' instead. */
  email_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gte: ... } } }' instead. */
  email_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lt: ... } } }' instead. */
  email_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lte: ... } } }' instead. */
  email_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { eq: ... } } }' instead. */
  email_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gt: ... } } }' instead. */
  email_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gte: ... } } }' instead. */
  email_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lt: ... } } }' instead. */
  email_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lte: ... } } }' instead. */
  email_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { eq: ... } } }' instead. */
  email_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gt: ... } } }' instead. */
  email_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gte: ... } } }' instead. */
  email_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lt: ... } } }' instead. */
  email_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lte: ... } } }' instead. */
  email_SHORTEST_LENGTH_LTE?: number | null | undefined;
  krs?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { eq: ... } } }' instead. */
  krs_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { eq: ... } } }' instead. */
  krs_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gt: ... } } }' instead. */
  krs_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gte: ... } } }' instead. */
  krs_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lt: ... } } }' instead. */
  krs_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lte: ... } } }' instead. */
  krs_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { eq: ... } } }' instead. */
  krs_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { eq: ... } } }' instead. */
  lat_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gt: ... } } }' instead. */
  lat_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gte: ... } } }' instead. */
  lat_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lt: ... } } }' instead. */
  lat_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lte: ... } } }' instead. */
  lat_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { eq: ... } } }' instead. */
  lat_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gt: ... } } }' instead. */
  lat_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gte: ... } } }' instead. */
  lat_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lt: ... } } }' instead. */
  lat_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lte: ... } } }' instead. */
  lat_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { eq: ... } } }' instead. */
  lat_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gt: ... } } }' instead. */
  lat_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gte: ... } } }' instead. */
  lat_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lt: ... } } }' instead. */
  lat_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lte: ... } } }' instead. */
  lat_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { eq: ... } } }' instead. */
  lat_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gt: ... } } }' instead. */
  lat_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gte: ... } } }' instead. */
  lat_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lt: ... } } }' instead. */
  lat_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lte: ... } } }' instead. */
  lat_SUM_LTE?: number | null | undefined;
  legalForm?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { eq: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { eq: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { eq: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { eq: ... } } }' instead. */
  lon_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gt: ... } } }' instead. */
  lon_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gte: ... } } }' instead. */
  lon_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lt: ... } } }' instead. */
  lon_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lte: ... } } }' instead. */
  lon_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { eq: ... } } }' instead. */
  lon_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gt: ... } } }' instead. */
  lon_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gte: ... } } }' instead. */
  lon_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lt: ... } } }' instead. */
  lon_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lte: ... } } }' instead. */
  lon_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { eq: ... } } }' instead. */
  lon_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gt: ... } } }' instead. */
  lon_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gte: ... } } }' instead. */
  lon_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lt: ... } } }' instead. */
  lon_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lte: ... } } }' instead. */
  lon_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { eq: ... } } }' instead. */
  lon_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gt: ... } } }' instead. */
  lon_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gte: ... } } }' instead. */
  lon_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lt: ... } } }' instead. */
  lon_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lte: ... } } }' instead. */
  lon_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  nip?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { eq: ... } } }' instead. */
  nip_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { eq: ... } } }' instead. */
  nip_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gt: ... } } }' instead. */
  nip_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gte: ... } } }' instead. */
  nip_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lt: ... } } }' instead. */
  nip_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lte: ... } } }' instead. */
  nip_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { eq: ... } } }' instead. */
  nip_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LTE?: number | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { eq: ... } } }' instead. */
  phone_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { eq: ... } } }' instead. */
  phone_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gt: ... } } }' instead. */
  phone_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gte: ... } } }' instead. */
  phone_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lt: ... } } }' instead. */
  phone_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lte: ... } } }' instead. */
  phone_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { eq: ... } } }' instead. */
  phone_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LTE?: number | null | undefined;
  regon?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { eq: ... } } }' instead. */
  regon_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { eq: ... } } }' instead. */
  regon_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gt: ... } } }' instead. */
  regon_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gte: ... } } }' instead. */
  regon_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lt: ... } } }' instead. */
  regon_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lte: ... } } }' instead. */
  regon_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { eq: ... } } }' instead. */
  regon_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LTE?: number | null | undefined;
  shortName?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { eq: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { eq: ... } } }' instead. */
  shortName_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { eq: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LTE?: number | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { eq: ... } } }' instead. */
  website_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gt: ... } } }' instead. */
  website_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gte: ... } } }' instead. */
  website_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lt: ... } } }' instead. */
  website_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lte: ... } } }' instead. */
  website_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { eq: ... } } }' instead. */
  website_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gt: ... } } }' instead. */
  website_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gte: ... } } }' instead. */
  website_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lt: ... } } }' instead. */
  website_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lte: ... } } }' instead. */
  website_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { eq: ... } } }' instead. */
  website_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gt: ... } } }' instead. */
  website_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gte: ... } } }' instead. */
  website_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lt: ... } } }' instead. */
  website_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lte: ... } } }' instead. */
  website_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type CollaborationParticipantsUpdateConnectionInput = {
  edge?: ParticipationUpdateInput | null | undefined;
  node?: InstitutionUpdateInput | null | undefined;
  where?: CollaborationParticipantsConnectionWhere | null | undefined;
};

export type CollaborationParticipantsUpdateFieldInput = {
  connect?: Array<CollaborationParticipantsConnectFieldInput> | null | undefined;
  create?: Array<CollaborationParticipantsCreateFieldInput> | null | undefined;
  delete?: Array<CollaborationParticipantsDeleteFieldInput> | null | undefined;
  disconnect?: Array<CollaborationParticipantsDisconnectFieldInput> | null | undefined;
  update?: CollaborationParticipantsUpdateConnectionInput | null | undefined;
};

export type CollaborationRelationshipFilters = {
  /** Filter type where all of the related Collaborations match this filter */
  all?: CollaborationWhere | null | undefined;
  /** Filter type where none of the related Collaborations match this filter */
  none?: CollaborationWhere | null | undefined;
  /** Filter type where one of the related Collaborations match this filter */
  single?: CollaborationWhere | null | undefined;
  /** Filter type where some of the related Collaborations match this filter */
  some?: CollaborationWhere | null | undefined;
};

export type CollaborationSourcesAggregateInput = {
  AND?: Array<CollaborationSourcesAggregateInput> | null | undefined;
  NOT?: CollaborationSourcesAggregateInput | null | undefined;
  OR?: Array<CollaborationSourcesAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: CollaborationSourcesNodeAggregationWhereInput | null | undefined;
};

export type CollaborationSourcesConnectFieldInput = {
  connect?: Array<SourceConnectInput> | null | undefined;
  edge?: CitationCreateInput | null | undefined;
  where?: SourceConnectWhere | null | undefined;
};

export type CollaborationSourcesConnectionAggregateInput = {
  AND?: Array<CollaborationSourcesConnectionAggregateInput> | null | undefined;
  NOT?: CollaborationSourcesConnectionAggregateInput | null | undefined;
  OR?: Array<CollaborationSourcesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: CollaborationSourcesNodeAggregationWhereInput | null | undefined;
};

export type CollaborationSourcesConnectionFilters = {
  /** Filter Collaborations by aggregating results on related CollaborationSourcesConnections */
  aggregate?: CollaborationSourcesConnectionAggregateInput | null | undefined;
  /** Return Collaborations where all of the related CollaborationSourcesConnections match this filter */
  all?: CollaborationSourcesConnectionWhere | null | undefined;
  /** Return Collaborations where none of the related CollaborationSourcesConnections match this filter */
  none?: CollaborationSourcesConnectionWhere | null | undefined;
  /** Return Collaborations where one of the related CollaborationSourcesConnections match this filter */
  single?: CollaborationSourcesConnectionWhere | null | undefined;
  /** Return Collaborations where some of the related CollaborationSourcesConnections match this filter */
  some?: CollaborationSourcesConnectionWhere | null | undefined;
};

export type CollaborationSourcesConnectionWhere = {
  AND?: Array<CollaborationSourcesConnectionWhere> | null | undefined;
  NOT?: CollaborationSourcesConnectionWhere | null | undefined;
  OR?: Array<CollaborationSourcesConnectionWhere> | null | undefined;
  edge?: CitationWhere | null | undefined;
  node?: SourceWhere | null | undefined;
};

export type CollaborationSourcesCreateFieldInput = {
  edge?: CitationCreateInput | null | undefined;
  node: SourceCreateInput;
};

export type CollaborationSourcesDeleteFieldInput = {
  delete?: SourceDeleteInput | null | undefined;
  where?: CollaborationSourcesConnectionWhere | null | undefined;
};

export type CollaborationSourcesDisconnectFieldInput = {
  disconnect?: SourceDisconnectInput | null | undefined;
  where?: CollaborationSourcesConnectionWhere | null | undefined;
};

export type CollaborationSourcesFieldInput = {
  connect?: Array<CollaborationSourcesConnectFieldInput> | null | undefined;
  create?: Array<CollaborationSourcesCreateFieldInput> | null | undefined;
};

export type CollaborationSourcesNodeAggregationWhereInput = {
  AND?: Array<CollaborationSourcesNodeAggregationWhereInput> | null | undefined;
  NOT?: CollaborationSourcesNodeAggregationWhereInput | null | undefined;
  OR?: Array<CollaborationSourcesNodeAggregationWhereInput> | null | undefined;
  file?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { eq: ... } } }' instead. */
  file_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { gt: ... } } }' instead. */
  file_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { gte: ... } } }' instead. */
  file_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { lt: ... } } }' instead. */
  file_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { lte: ... } } }' instead. */
  file_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { eq: ... } } }' instead. */
  file_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { gt: ... } } }' instead. */
  file_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { gte: ... } } }' instead. */
  file_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { lt: ... } } }' instead. */
  file_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { lte: ... } } }' instead. */
  file_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { eq: ... } } }' instead. */
  file_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { gt: ... } } }' instead. */
  file_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { gte: ... } } }' instead. */
  file_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { lt: ... } } }' instead. */
  file_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { lte: ... } } }' instead. */
  file_SHORTEST_LENGTH_LTE?: number | null | undefined;
  publisher?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { eq: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { gt: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { gte: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { lt: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { lte: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { eq: ... } } }' instead. */
  publisher_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { gt: ... } } }' instead. */
  publisher_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { gte: ... } } }' instead. */
  publisher_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { lt: ... } } }' instead. */
  publisher_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { lte: ... } } }' instead. */
  publisher_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { eq: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { gt: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { gte: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { lt: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { lte: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_LTE?: number | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: number | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { eq: ... } } }' instead. */
  url_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { gt: ... } } }' instead. */
  url_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { gte: ... } } }' instead. */
  url_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { lt: ... } } }' instead. */
  url_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { lte: ... } } }' instead. */
  url_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { eq: ... } } }' instead. */
  url_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { gt: ... } } }' instead. */
  url_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { gte: ... } } }' instead. */
  url_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { lt: ... } } }' instead. */
  url_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { lte: ... } } }' instead. */
  url_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { eq: ... } } }' instead. */
  url_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { gt: ... } } }' instead. */
  url_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { gte: ... } } }' instead. */
  url_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { lt: ... } } }' instead. */
  url_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { lte: ... } } }' instead. */
  url_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type CollaborationSourcesUpdateConnectionInput = {
  edge?: CitationUpdateInput | null | undefined;
  node?: SourceUpdateInput | null | undefined;
  where?: CollaborationSourcesConnectionWhere | null | undefined;
};

export type CollaborationSourcesUpdateFieldInput = {
  connect?: Array<CollaborationSourcesConnectFieldInput> | null | undefined;
  create?: Array<CollaborationSourcesCreateFieldInput> | null | undefined;
  delete?: Array<CollaborationSourcesDeleteFieldInput> | null | undefined;
  disconnect?: Array<CollaborationSourcesDisconnectFieldInput> | null | undefined;
  update?: CollaborationSourcesUpdateConnectionInput | null | undefined;
};

export type CollaborationUnnamedAggregateInput = {
  AND?: Array<CollaborationUnnamedAggregateInput> | null | undefined;
  NOT?: CollaborationUnnamedAggregateInput | null | undefined;
  OR?: Array<CollaborationUnnamedAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: CollaborationUnnamedNodeAggregationWhereInput | null | undefined;
};

export type CollaborationUnnamedConnectionAggregateInput = {
  AND?: Array<CollaborationUnnamedConnectionAggregateInput> | null | undefined;
  NOT?: CollaborationUnnamedConnectionAggregateInput | null | undefined;
  OR?: Array<CollaborationUnnamedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: CollaborationUnnamedNodeAggregationWhereInput | null | undefined;
};

export type CollaborationUnnamedConnectionFilters = {
  /** Filter Collaborations by aggregating results on related CollaborationUnnamedConnections */
  aggregate?: CollaborationUnnamedConnectionAggregateInput | null | undefined;
  /** Return Collaborations where all of the related CollaborationUnnamedConnections match this filter */
  all?: CollaborationUnnamedConnectionWhere | null | undefined;
  /** Return Collaborations where none of the related CollaborationUnnamedConnections match this filter */
  none?: CollaborationUnnamedConnectionWhere | null | undefined;
  /** Return Collaborations where one of the related CollaborationUnnamedConnections match this filter */
  single?: CollaborationUnnamedConnectionWhere | null | undefined;
  /** Return Collaborations where some of the related CollaborationUnnamedConnections match this filter */
  some?: CollaborationUnnamedConnectionWhere | null | undefined;
};

export type CollaborationUnnamedConnectionWhere = {
  AND?: Array<CollaborationUnnamedConnectionWhere> | null | undefined;
  NOT?: CollaborationUnnamedConnectionWhere | null | undefined;
  OR?: Array<CollaborationUnnamedConnectionWhere> | null | undefined;
  node?: UnnamedParticipantWhere | null | undefined;
};

export type CollaborationUnnamedNodeAggregationWhereInput = {
  AND?: Array<CollaborationUnnamedNodeAggregationWhereInput> | null | undefined;
  NOT?: CollaborationUnnamedNodeAggregationWhereInput | null | undefined;
  OR?: Array<CollaborationUnnamedNodeAggregationWhereInput> | null | undefined;
  asWritten?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { eq: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { eq: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { eq: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LTE?: number | null | undefined;
  count?: IntScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { eq: ... } } }' instead. */
  count_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { gt: ... } } }' instead. */
  count_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { gte: ... } } }' instead. */
  count_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { lt: ... } } }' instead. */
  count_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { lte: ... } } }' instead. */
  count_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { eq: ... } } }' instead. */
  count_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { gt: ... } } }' instead. */
  count_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { gte: ... } } }' instead. */
  count_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { lt: ... } } }' instead. */
  count_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { lte: ... } } }' instead. */
  count_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { eq: ... } } }' instead. */
  count_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { gt: ... } } }' instead. */
  count_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { gte: ... } } }' instead. */
  count_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { lt: ... } } }' instead. */
  count_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { lte: ... } } }' instead. */
  count_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { eq: ... } } }' instead. */
  count_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { gt: ... } } }' instead. */
  count_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { gte: ... } } }' instead. */
  count_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { lt: ... } } }' instead. */
  count_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { lte: ... } } }' instead. */
  count_SUM_LTE?: number | null | undefined;
  label?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { eq: ... } } }' instead. */
  label_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { gt: ... } } }' instead. */
  label_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { gte: ... } } }' instead. */
  label_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { lt: ... } } }' instead. */
  label_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { lte: ... } } }' instead. */
  label_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { eq: ... } } }' instead. */
  label_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { gt: ... } } }' instead. */
  label_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { gte: ... } } }' instead. */
  label_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { lt: ... } } }' instead. */
  label_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { lte: ... } } }' instead. */
  label_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { eq: ... } } }' instead. */
  label_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { gt: ... } } }' instead. */
  label_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { gte: ... } } }' instead. */
  label_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { lt: ... } } }' instead. */
  label_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { lte: ... } } }' instead. */
  label_SHORTEST_LENGTH_LTE?: number | null | undefined;
  role?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { eq: ... } } }' instead. */
  role_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { gt: ... } } }' instead. */
  role_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { gte: ... } } }' instead. */
  role_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { lt: ... } } }' instead. */
  role_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { lte: ... } } }' instead. */
  role_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { eq: ... } } }' instead. */
  role_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { gt: ... } } }' instead. */
  role_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { gte: ... } } }' instead. */
  role_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { lt: ... } } }' instead. */
  role_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { lte: ... } } }' instead. */
  role_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { eq: ... } } }' instead. */
  role_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { gt: ... } } }' instead. */
  role_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { gte: ... } } }' instead. */
  role_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { lt: ... } } }' instead. */
  role_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { lte: ... } } }' instead. */
  role_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type CollaborationUpdateInput = {
  amountPln?: FloatScalarMutations | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'amountPln: { add: ... } }' instead. */
  amountPln_ADD?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'amountPln: { divide: ... } }' instead. */
  amountPln_DIVIDE?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'amountPln: { multiply: ... } }' instead. */
  amountPln_MULTIPLY?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'amountPln: { set: ... } }' instead. */
  amountPln_SET?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'amountPln: { subtract: ... } }' instead. */
  amountPln_SUBTRACT?: number | null | undefined;
  covers?: Array<CollaborationCoversUpdateFieldInput> | null | undefined;
  datePrecision?: DatePrecisionEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'datePrecision: { set: ... } }' instead. */
  datePrecision_SET?: DatePrecision | null | undefined;
  endedOn?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'endedOn: { set: ... } }' instead. */
  endedOn_SET?: string | null | undefined;
  goal?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'goal: { set: ... } }' instead. */
  goal_SET?: string | null | undefined;
  identifiedBy?: ListStringMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { pop: ... } }' instead. */
  identifiedBy_POP?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { push: ... } }' instead. */
  identifiedBy_PUSH?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { set: ... } }' instead. */
  identifiedBy_SET?: Array<string> | null | undefined;
  kind?: CollaborationKindEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'kind: { set: ... } }' instead. */
  kind_SET?: CollaborationKind | null | undefined;
  participants?: Array<CollaborationParticipantsUpdateFieldInput> | null | undefined;
  programme?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'programme: { set: ... } }' instead. */
  programme_SET?: string | null | undefined;
  sources?: Array<CollaborationSourcesUpdateFieldInput> | null | undefined;
  startedOn?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'startedOn: { set: ... } }' instead. */
  startedOn_SET?: string | null | undefined;
  synthetic?: BooleanScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'synthetic: { set: ... } }' instead. */
  synthetic_SET?: boolean | null | undefined;
  title?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'title: { set: ... } }' instead. */
  title_SET?: string | null | undefined;
  unsourced?: BooleanScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'unsourced: { set: ... } }' instead. */
  unsourced_SET?: boolean | null | undefined;
};

export type CollaborationWhere = {
  AND?: Array<CollaborationWhere> | null | undefined;
  NOT?: CollaborationWhere | null | undefined;
  OR?: Array<CollaborationWhere> | null | undefined;
  amountPln?: FloatScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { eq: ... } */
  amountPln_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { gt: ... } */
  amountPln_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { gte: ... } */
  amountPln_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { in: ... } */
  amountPln_IN?: Array<number | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { lt: ... } */
  amountPln_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter amountPln: { lte: ... } */
  amountPln_LTE?: number | null | undefined;
  covers?: AreaRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the coversConnection filter, please use { coversConnection: { aggregate: {...} } } instead */
  coversAggregate?: CollaborationCoversAggregateInput | null | undefined;
  coversConnection?: CollaborationCoversConnectionFilters | null | undefined;
  /**
   * Return Collaborations where all of the related CollaborationCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { all: { node: ... } } }' instead.
   */
  coversConnection_ALL?: CollaborationCoversConnectionWhere | null | undefined;
  /**
   * Return Collaborations where none of the related CollaborationCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { none: { node: ... } } }' instead.
   */
  coversConnection_NONE?: CollaborationCoversConnectionWhere | null | undefined;
  /**
   * Return Collaborations where one of the related CollaborationCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { single: { node: ... } } }' instead.
   */
  coversConnection_SINGLE?: CollaborationCoversConnectionWhere | null | undefined;
  /**
   * Return Collaborations where some of the related CollaborationCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { some: { node: ... } } }' instead.
   */
  coversConnection_SOME?: CollaborationCoversConnectionWhere | null | undefined;
  /**
   * Return Collaborations where all of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: { all: ... }' instead.
   */
  covers_ALL?: AreaWhere | null | undefined;
  /**
   * Return Collaborations where none of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: { none: ... }' instead.
   */
  covers_NONE?: AreaWhere | null | undefined;
  /**
   * Return Collaborations where one of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: {  single: ... }' instead.
   */
  covers_SINGLE?: AreaWhere | null | undefined;
  /**
   * Return Collaborations where some of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: {  some: ... }' instead.
   */
  covers_SOME?: AreaWhere | null | undefined;
  datePrecision?: DatePrecisionEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter datePrecision: { eq: ... } */
  datePrecision_EQ?: DatePrecision | null | undefined;
  /** @deprecated Please use the relevant generic filter datePrecision: { in: ... } */
  datePrecision_IN?: Array<DatePrecision | null | undefined> | null | undefined;
  editable?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter editable: { eq: ... } */
  editable_EQ?: boolean | null | undefined;
  endedOn?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { eq: ... } */
  endedOn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { gt: ... } */
  endedOn_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { gte: ... } */
  endedOn_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { in: ... } */
  endedOn_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { lt: ... } */
  endedOn_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { lte: ... } */
  endedOn_LTE?: string | null | undefined;
  goal?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { contains: ... } */
  goal_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { endsWith: ... } */
  goal_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { eq: ... } */
  goal_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { in: ... } */
  goal_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { startsWith: ... } */
  goal_STARTS_WITH?: string | null | undefined;
  id?: IdScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: string | null | undefined;
  identifiedBy?: StringListFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { eq: ... } */
  identifiedBy_EQ?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { includes: ... } */
  identifiedBy_INCLUDES?: string | null | undefined;
  kind?: CollaborationKindEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: CollaborationKind | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: Array<CollaborationKind> | null | undefined;
  participants?: InstitutionRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the participantsConnection filter, please use { participantsConnection: { aggregate: {...} } } instead */
  participantsAggregate?: CollaborationParticipantsAggregateInput | null | undefined;
  participantsConnection?: CollaborationParticipantsConnectionFilters | null | undefined;
  /**
   * Return Collaborations where all of the related CollaborationParticipantsConnections match this filter
   * @deprecated Please use the relevant generic filter 'participantsConnection: { all: { node: ... } } }' instead.
   */
  participantsConnection_ALL?: CollaborationParticipantsConnectionWhere | null | undefined;
  /**
   * Return Collaborations where none of the related CollaborationParticipantsConnections match this filter
   * @deprecated Please use the relevant generic filter 'participantsConnection: { none: { node: ... } } }' instead.
   */
  participantsConnection_NONE?: CollaborationParticipantsConnectionWhere | null | undefined;
  /**
   * Return Collaborations where one of the related CollaborationParticipantsConnections match this filter
   * @deprecated Please use the relevant generic filter 'participantsConnection: { single: { node: ... } } }' instead.
   */
  participantsConnection_SINGLE?: CollaborationParticipantsConnectionWhere | null | undefined;
  /**
   * Return Collaborations where some of the related CollaborationParticipantsConnections match this filter
   * @deprecated Please use the relevant generic filter 'participantsConnection: { some: { node: ... } } }' instead.
   */
  participantsConnection_SOME?: CollaborationParticipantsConnectionWhere | null | undefined;
  /**
   * Return Collaborations where all of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'participants: { all: ... }' instead.
   */
  participants_ALL?: InstitutionWhere | null | undefined;
  /**
   * Return Collaborations where none of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'participants: { none: ... }' instead.
   */
  participants_NONE?: InstitutionWhere | null | undefined;
  /**
   * Return Collaborations where one of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'participants: {  single: ... }' instead.
   */
  participants_SINGLE?: InstitutionWhere | null | undefined;
  /**
   * Return Collaborations where some of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'participants: {  some: ... }' instead.
   */
  participants_SOME?: InstitutionWhere | null | undefined;
  programme?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter programme: { contains: ... } */
  programme_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter programme: { endsWith: ... } */
  programme_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter programme: { eq: ... } */
  programme_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter programme: { in: ... } */
  programme_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter programme: { startsWith: ... } */
  programme_STARTS_WITH?: string | null | undefined;
  sources?: SourceRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the sourcesConnection filter, please use { sourcesConnection: { aggregate: {...} } } instead */
  sourcesAggregate?: CollaborationSourcesAggregateInput | null | undefined;
  sourcesConnection?: CollaborationSourcesConnectionFilters | null | undefined;
  /**
   * Return Collaborations where all of the related CollaborationSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { all: { node: ... } } }' instead.
   */
  sourcesConnection_ALL?: CollaborationSourcesConnectionWhere | null | undefined;
  /**
   * Return Collaborations where none of the related CollaborationSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { none: { node: ... } } }' instead.
   */
  sourcesConnection_NONE?: CollaborationSourcesConnectionWhere | null | undefined;
  /**
   * Return Collaborations where one of the related CollaborationSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { single: { node: ... } } }' instead.
   */
  sourcesConnection_SINGLE?: CollaborationSourcesConnectionWhere | null | undefined;
  /**
   * Return Collaborations where some of the related CollaborationSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { some: { node: ... } } }' instead.
   */
  sourcesConnection_SOME?: CollaborationSourcesConnectionWhere | null | undefined;
  /**
   * Return Collaborations where all of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: { all: ... }' instead.
   */
  sources_ALL?: SourceWhere | null | undefined;
  /**
   * Return Collaborations where none of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: { none: ... }' instead.
   */
  sources_NONE?: SourceWhere | null | undefined;
  /**
   * Return Collaborations where one of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: {  single: ... }' instead.
   */
  sources_SINGLE?: SourceWhere | null | undefined;
  /**
   * Return Collaborations where some of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: {  some: ... }' instead.
   */
  sources_SOME?: SourceWhere | null | undefined;
  startedOn?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { eq: ... } */
  startedOn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { gt: ... } */
  startedOn_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { gte: ... } */
  startedOn_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { in: ... } */
  startedOn_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { lt: ... } */
  startedOn_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter startedOn: { lte: ... } */
  startedOn_LTE?: string | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter synthetic: { eq: ... } */
  synthetic_EQ?: boolean | null | undefined;
  title?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: string | null | undefined;
  unnamed?: UnnamedParticipantRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the unnamedConnection filter, please use { unnamedConnection: { aggregate: {...} } } instead */
  unnamedAggregate?: CollaborationUnnamedAggregateInput | null | undefined;
  unnamedConnection?: CollaborationUnnamedConnectionFilters | null | undefined;
  /**
   * Return Collaborations where all of the related CollaborationUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { all: { node: ... } } }' instead.
   */
  unnamedConnection_ALL?: CollaborationUnnamedConnectionWhere | null | undefined;
  /**
   * Return Collaborations where none of the related CollaborationUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { none: { node: ... } } }' instead.
   */
  unnamedConnection_NONE?: CollaborationUnnamedConnectionWhere | null | undefined;
  /**
   * Return Collaborations where one of the related CollaborationUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { single: { node: ... } } }' instead.
   */
  unnamedConnection_SINGLE?: CollaborationUnnamedConnectionWhere | null | undefined;
  /**
   * Return Collaborations where some of the related CollaborationUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { some: { node: ... } } }' instead.
   */
  unnamedConnection_SOME?: CollaborationUnnamedConnectionWhere | null | undefined;
  /**
   * Return Collaborations where all of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: { all: ... }' instead.
   */
  unnamed_ALL?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Collaborations where none of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: { none: ... }' instead.
   */
  unnamed_NONE?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Collaborations where one of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: {  single: ... }' instead.
   */
  unnamed_SINGLE?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Collaborations where some of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: {  some: ... }' instead.
   */
  unnamed_SOME?: UnnamedParticipantWhere | null | undefined;
  unsourced?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter unsourced: { eq: ... } */
  unsourced_EQ?: boolean | null | undefined;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

/** How precise a start date is. NOT_AFTER: the source gives no date; this is the latest it can be. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'NOT_AFTER'
  | 'YEAR';

/** DatePrecision filters */
export type DatePrecisionEnumScalarFilters = {
  eq?: DatePrecision | null | undefined;
  in?: Array<DatePrecision> | null | undefined;
};

/** DatePrecision mutations */
export type DatePrecisionEnumScalarMutations = {
  set?: DatePrecision | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** Date mutations */
export type DateScalarMutations = {
  set?: string | null | undefined;
};

export type Expectation =
  | 'REQUIRED'
  | 'TYPICAL';

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Float mutations */
export type FloatScalarMutations = {
  add?: number | null | undefined;
  divide?: number | null | undefined;
  multiply?: number | null | undefined;
  set?: number | null | undefined;
  subtract?: number | null | undefined;
};

export type GapStatus =
  | 'ABSENT'
  | 'PRESENT'
  /** one partner only */
  | 'THIN';

/** ID filters */
export type IdScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

export type InstitutionAreaAggregateInput = {
  AND?: Array<InstitutionAreaAggregateInput> | null | undefined;
  NOT?: InstitutionAreaAggregateInput | null | undefined;
  OR?: Array<InstitutionAreaAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: InstitutionAreaNodeAggregationWhereInput | null | undefined;
};

export type InstitutionAreaConnectFieldInput = {
  connect?: Array<AreaConnectInput> | null | undefined;
  where?: AreaConnectWhere | null | undefined;
};

export type InstitutionAreaConnectionAggregateInput = {
  AND?: Array<InstitutionAreaConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionAreaConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionAreaConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionAreaNodeAggregationWhereInput | null | undefined;
};

export type InstitutionAreaConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionAreaConnections */
  aggregate?: InstitutionAreaConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionAreaConnections match this filter */
  all?: InstitutionAreaConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionAreaConnections match this filter */
  none?: InstitutionAreaConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionAreaConnections match this filter */
  single?: InstitutionAreaConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionAreaConnections match this filter */
  some?: InstitutionAreaConnectionWhere | null | undefined;
};

export type InstitutionAreaConnectionWhere = {
  AND?: Array<InstitutionAreaConnectionWhere> | null | undefined;
  NOT?: InstitutionAreaConnectionWhere | null | undefined;
  OR?: Array<InstitutionAreaConnectionWhere> | null | undefined;
  node?: AreaWhere | null | undefined;
};

export type InstitutionAreaCreateFieldInput = {
  node: AreaCreateInput;
};

export type InstitutionAreaDeleteFieldInput = {
  delete?: AreaDeleteInput | null | undefined;
  where?: InstitutionAreaConnectionWhere | null | undefined;
};

export type InstitutionAreaDisconnectFieldInput = {
  disconnect?: AreaDisconnectInput | null | undefined;
  where?: InstitutionAreaConnectionWhere | null | undefined;
};

export type InstitutionAreaFieldInput = {
  connect?: Array<InstitutionAreaConnectFieldInput> | null | undefined;
  create?: Array<InstitutionAreaCreateFieldInput> | null | undefined;
};

export type InstitutionAreaNodeAggregationWhereInput = {
  AND?: Array<InstitutionAreaNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionAreaNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionAreaNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  teryt?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { eq: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { eq: ... } } }' instead. */
  teryt_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { eq: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type InstitutionAreaUpdateConnectionInput = {
  node?: AreaUpdateInput | null | undefined;
  where?: InstitutionAreaConnectionWhere | null | undefined;
};

export type InstitutionAreaUpdateFieldInput = {
  connect?: Array<InstitutionAreaConnectFieldInput> | null | undefined;
  create?: Array<InstitutionAreaCreateFieldInput> | null | undefined;
  delete?: Array<InstitutionAreaDeleteFieldInput> | null | undefined;
  disconnect?: Array<InstitutionAreaDisconnectFieldInput> | null | undefined;
  update?: InstitutionAreaUpdateConnectionInput | null | undefined;
};

export type InstitutionCollaborationsAggregateInput = {
  AND?: Array<InstitutionCollaborationsAggregateInput> | null | undefined;
  NOT?: InstitutionCollaborationsAggregateInput | null | undefined;
  OR?: Array<InstitutionCollaborationsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: ParticipationAggregationWhereInput | null | undefined;
  node?: InstitutionCollaborationsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionCollaborationsConnectFieldInput = {
  connect?: Array<CollaborationConnectInput> | null | undefined;
  edge?: ParticipationCreateInput | null | undefined;
  where?: CollaborationConnectWhere | null | undefined;
};

export type InstitutionCollaborationsConnectionAggregateInput = {
  AND?: Array<InstitutionCollaborationsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionCollaborationsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionCollaborationsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ParticipationAggregationWhereInput | null | undefined;
  node?: InstitutionCollaborationsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionCollaborationsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionCollaborationsConnections */
  aggregate?: InstitutionCollaborationsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionCollaborationsConnections match this filter */
  all?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionCollaborationsConnections match this filter */
  none?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionCollaborationsConnections match this filter */
  single?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionCollaborationsConnections match this filter */
  some?: InstitutionCollaborationsConnectionWhere | null | undefined;
};

export type InstitutionCollaborationsConnectionWhere = {
  AND?: Array<InstitutionCollaborationsConnectionWhere> | null | undefined;
  NOT?: InstitutionCollaborationsConnectionWhere | null | undefined;
  OR?: Array<InstitutionCollaborationsConnectionWhere> | null | undefined;
  edge?: ParticipationWhere | null | undefined;
  node?: CollaborationWhere | null | undefined;
};

export type InstitutionCollaborationsCreateFieldInput = {
  edge?: ParticipationCreateInput | null | undefined;
  node: CollaborationCreateInput;
};

export type InstitutionCollaborationsDeleteFieldInput = {
  delete?: CollaborationDeleteInput | null | undefined;
  where?: InstitutionCollaborationsConnectionWhere | null | undefined;
};

export type InstitutionCollaborationsDisconnectFieldInput = {
  disconnect?: CollaborationDisconnectInput | null | undefined;
  where?: InstitutionCollaborationsConnectionWhere | null | undefined;
};

export type InstitutionCollaborationsFieldInput = {
  connect?: Array<InstitutionCollaborationsConnectFieldInput> | null | undefined;
  create?: Array<InstitutionCollaborationsCreateFieldInput> | null | undefined;
};

export type InstitutionCollaborationsNodeAggregationWhereInput = {
  AND?: Array<InstitutionCollaborationsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionCollaborationsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionCollaborationsNodeAggregationWhereInput> | null | undefined;
  amountPln?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { eq: ... } } }' instead. */
  amountPln_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { gt: ... } } }' instead. */
  amountPln_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { gte: ... } } }' instead. */
  amountPln_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { lt: ... } } }' instead. */
  amountPln_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { lte: ... } } }' instead. */
  amountPln_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { eq: ... } } }' instead. */
  amountPln_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { gt: ... } } }' instead. */
  amountPln_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { gte: ... } } }' instead. */
  amountPln_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { lt: ... } } }' instead. */
  amountPln_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { lte: ... } } }' instead. */
  amountPln_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { eq: ... } } }' instead. */
  amountPln_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { gt: ... } } }' instead. */
  amountPln_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { gte: ... } } }' instead. */
  amountPln_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { lt: ... } } }' instead. */
  amountPln_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { lte: ... } } }' instead. */
  amountPln_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { eq: ... } } }' instead. */
  amountPln_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { gt: ... } } }' instead. */
  amountPln_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { gte: ... } } }' instead. */
  amountPln_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { lt: ... } } }' instead. */
  amountPln_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { lte: ... } } }' instead. */
  amountPln_SUM_LTE?: number | null | undefined;
  goal?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { eq: ... } } }' instead. */
  goal_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { eq: ... } } }' instead. */
  goal_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gt: ... } } }' instead. */
  goal_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gte: ... } } }' instead. */
  goal_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lt: ... } } }' instead. */
  goal_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lte: ... } } }' instead. */
  goal_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { eq: ... } } }' instead. */
  goal_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LTE?: number | null | undefined;
  programme?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { eq: ... } } }' instead. */
  programme_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { gt: ... } } }' instead. */
  programme_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { gte: ... } } }' instead. */
  programme_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { lt: ... } } }' instead. */
  programme_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { lte: ... } } }' instead. */
  programme_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { eq: ... } } }' instead. */
  programme_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { gt: ... } } }' instead. */
  programme_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { gte: ... } } }' instead. */
  programme_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { lt: ... } } }' instead. */
  programme_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { lte: ... } } }' instead. */
  programme_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { eq: ... } } }' instead. */
  programme_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { gt: ... } } }' instead. */
  programme_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { gte: ... } } }' instead. */
  programme_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { lt: ... } } }' instead. */
  programme_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { lte: ... } } }' instead. */
  programme_SHORTEST_LENGTH_LTE?: number | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type InstitutionCollaborationsUpdateConnectionInput = {
  edge?: ParticipationUpdateInput | null | undefined;
  node?: CollaborationUpdateInput | null | undefined;
  where?: InstitutionCollaborationsConnectionWhere | null | undefined;
};

export type InstitutionCollaborationsUpdateFieldInput = {
  connect?: Array<InstitutionCollaborationsConnectFieldInput> | null | undefined;
  create?: Array<InstitutionCollaborationsCreateFieldInput> | null | undefined;
  delete?: Array<InstitutionCollaborationsDeleteFieldInput> | null | undefined;
  disconnect?: Array<InstitutionCollaborationsDisconnectFieldInput> | null | undefined;
  update?: InstitutionCollaborationsUpdateConnectionInput | null | undefined;
};

export type InstitutionConnectInput = {
  area?: Array<InstitutionAreaConnectFieldInput> | null | undefined;
  collaborations?: Array<InstitutionCollaborationsConnectFieldInput> | null | undefined;
  partnerships?: Array<InstitutionPartnershipsConnectFieldInput> | null | undefined;
  sector?: Array<InstitutionSectorConnectFieldInput> | null | undefined;
};

export type InstitutionConnectWhere = {
  node: InstitutionWhere;
};

export type InstitutionCreateInput = {
  address?: string | null | undefined;
  area?: InstitutionAreaFieldInput | null | undefined;
  areaBasis?: string | null | undefined;
  areaSource?: string | null | undefined;
  collaborations?: InstitutionCollaborationsFieldInput | null | undefined;
  email?: string | null | undefined;
  founded?: string | null | undefined;
  kind: InstitutionKind;
  krs?: string | null | undefined;
  lat?: number | null | undefined;
  legalForm?: string | null | undefined;
  lon?: number | null | undefined;
  name: string;
  nip?: string | null | undefined;
  partnerships?: InstitutionPartnershipsFieldInput | null | undefined;
  phone?: string | null | undefined;
  regon?: string | null | undefined;
  sector?: InstitutionSectorFieldInput | null | undefined;
  shortName?: string | null | undefined;
  synthetic?: boolean | null | undefined;
  website?: string | null | undefined;
};

export type InstitutionDeleteInput = {
  area?: Array<InstitutionAreaDeleteFieldInput> | null | undefined;
  collaborations?: Array<InstitutionCollaborationsDeleteFieldInput> | null | undefined;
  partnerships?: Array<InstitutionPartnershipsDeleteFieldInput> | null | undefined;
  sector?: Array<InstitutionSectorDeleteFieldInput> | null | undefined;
};

export type InstitutionDisconnectInput = {
  area?: Array<InstitutionAreaDisconnectFieldInput> | null | undefined;
  collaborations?: Array<InstitutionCollaborationsDisconnectFieldInput> | null | undefined;
  partnerships?: Array<InstitutionPartnershipsDisconnectFieldInput> | null | undefined;
  sector?: Array<InstitutionSectorDisconnectFieldInput> | null | undefined;
};

export type InstitutionKind =
  /** association */
  | 'ASSOCIATION'
  /** church entity */
  | 'CHURCH_ENTITY'
  /** social integration centre */
  | 'CIS'
  /** company */
  | 'COMPANY'
  /** foundation */
  | 'FOUNDATION'
  /** municipal office */
  | 'GMINA_OFFICE'
  /** social integration club */
  | 'KIS'
  /** local action group */
  | 'LGD'
  /** marshal's office */
  | 'MARSHAL_OFFICE'
  /** ministry */
  | 'MINISTRY'
  /** social assistance centre */
  | 'OPS'
  /** other entity */
  | 'OTHER'
  /** social economy support centre */
  | 'OWES'
  /** county family support centre */
  | 'PCPR'
  /** county office */
  | 'POWIAT_OFFICE'
  /** county labour office */
  | 'PUP'
  /** regional social policy centre */
  | 'ROPS'
  /** school */
  | 'SCHOOL'
  /** social cooperative */
  | 'SOCIAL_COOPERATIVE'
  /** social enterprise */
  | 'SOCIAL_ENTERPRISE'
  /** university */
  | 'UNIVERSITY'
  /** worker cooperative */
  | 'WORK_COOPERATIVE'
  /** occupational therapy workshop */
  | 'WTZ'
  /** vocational activity establishment */
  | 'ZAZ';

/** InstitutionKind filters */
export type InstitutionKindEnumScalarFilters = {
  eq?: InstitutionKind | null | undefined;
  in?: Array<InstitutionKind> | null | undefined;
};

/** InstitutionKind mutations */
export type InstitutionKindEnumScalarMutations = {
  set?: InstitutionKind | null | undefined;
};

export type InstitutionPartnershipsAggregateInput = {
  AND?: Array<InstitutionPartnershipsAggregateInput> | null | undefined;
  NOT?: InstitutionPartnershipsAggregateInput | null | undefined;
  OR?: Array<InstitutionPartnershipsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: MembershipAggregationWhereInput | null | undefined;
  node?: InstitutionPartnershipsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionPartnershipsConnectFieldInput = {
  connect?: Array<PartnershipConnectInput> | null | undefined;
  edge?: MembershipCreateInput | null | undefined;
  where?: PartnershipConnectWhere | null | undefined;
};

export type InstitutionPartnershipsConnectionAggregateInput = {
  AND?: Array<InstitutionPartnershipsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionPartnershipsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionPartnershipsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MembershipAggregationWhereInput | null | undefined;
  node?: InstitutionPartnershipsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionPartnershipsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionPartnershipsConnections */
  aggregate?: InstitutionPartnershipsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionPartnershipsConnections match this filter */
  all?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionPartnershipsConnections match this filter */
  none?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionPartnershipsConnections match this filter */
  single?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionPartnershipsConnections match this filter */
  some?: InstitutionPartnershipsConnectionWhere | null | undefined;
};

export type InstitutionPartnershipsConnectionWhere = {
  AND?: Array<InstitutionPartnershipsConnectionWhere> | null | undefined;
  NOT?: InstitutionPartnershipsConnectionWhere | null | undefined;
  OR?: Array<InstitutionPartnershipsConnectionWhere> | null | undefined;
  edge?: MembershipWhere | null | undefined;
  node?: PartnershipWhere | null | undefined;
};

export type InstitutionPartnershipsCreateFieldInput = {
  edge?: MembershipCreateInput | null | undefined;
  node: PartnershipCreateInput;
};

export type InstitutionPartnershipsDeleteFieldInput = {
  delete?: PartnershipDeleteInput | null | undefined;
  where?: InstitutionPartnershipsConnectionWhere | null | undefined;
};

export type InstitutionPartnershipsDisconnectFieldInput = {
  disconnect?: PartnershipDisconnectInput | null | undefined;
  where?: InstitutionPartnershipsConnectionWhere | null | undefined;
};

export type InstitutionPartnershipsFieldInput = {
  connect?: Array<InstitutionPartnershipsConnectFieldInput> | null | undefined;
  create?: Array<InstitutionPartnershipsCreateFieldInput> | null | undefined;
};

export type InstitutionPartnershipsNodeAggregationWhereInput = {
  AND?: Array<InstitutionPartnershipsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionPartnershipsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionPartnershipsNodeAggregationWhereInput> | null | undefined;
  goal?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { eq: ... } } }' instead. */
  goal_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { eq: ... } } }' instead. */
  goal_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gt: ... } } }' instead. */
  goal_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gte: ... } } }' instead. */
  goal_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lt: ... } } }' instead. */
  goal_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lte: ... } } }' instead. */
  goal_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { eq: ... } } }' instead. */
  goal_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LTE?: number | null | undefined;
  membersDeclared?: IntScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { eq: ... } } }' instead. */
  membersDeclared_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { gt: ... } } }' instead. */
  membersDeclared_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { gte: ... } } }' instead. */
  membersDeclared_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { lt: ... } } }' instead. */
  membersDeclared_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { lte: ... } } }' instead. */
  membersDeclared_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { eq: ... } } }' instead. */
  membersDeclared_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { gt: ... } } }' instead. */
  membersDeclared_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { gte: ... } } }' instead. */
  membersDeclared_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { lt: ... } } }' instead. */
  membersDeclared_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { lte: ... } } }' instead. */
  membersDeclared_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { eq: ... } } }' instead. */
  membersDeclared_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { gt: ... } } }' instead. */
  membersDeclared_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { gte: ... } } }' instead. */
  membersDeclared_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { lt: ... } } }' instead. */
  membersDeclared_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { lte: ... } } }' instead. */
  membersDeclared_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { eq: ... } } }' instead. */
  membersDeclared_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { gt: ... } } }' instead. */
  membersDeclared_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { gte: ... } } }' instead. */
  membersDeclared_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { lt: ... } } }' instead. */
  membersDeclared_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { lte: ... } } }' instead. */
  membersDeclared_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type InstitutionPartnershipsUpdateConnectionInput = {
  edge?: MembershipUpdateInput | null | undefined;
  node?: PartnershipUpdateInput | null | undefined;
  where?: InstitutionPartnershipsConnectionWhere | null | undefined;
};

export type InstitutionPartnershipsUpdateFieldInput = {
  connect?: Array<InstitutionPartnershipsConnectFieldInput> | null | undefined;
  create?: Array<InstitutionPartnershipsCreateFieldInput> | null | undefined;
  delete?: Array<InstitutionPartnershipsDeleteFieldInput> | null | undefined;
  disconnect?: Array<InstitutionPartnershipsDisconnectFieldInput> | null | undefined;
  update?: InstitutionPartnershipsUpdateConnectionInput | null | undefined;
};

export type InstitutionRelationshipFilters = {
  /** Filter type where all of the related Institutions match this filter */
  all?: InstitutionWhere | null | undefined;
  /** Filter type where none of the related Institutions match this filter */
  none?: InstitutionWhere | null | undefined;
  /** Filter type where one of the related Institutions match this filter */
  single?: InstitutionWhere | null | undefined;
  /** Filter type where some of the related Institutions match this filter */
  some?: InstitutionWhere | null | undefined;
};

export type InstitutionSectorAggregateInput = {
  AND?: Array<InstitutionSectorAggregateInput> | null | undefined;
  NOT?: InstitutionSectorAggregateInput | null | undefined;
  OR?: Array<InstitutionSectorAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: InstitutionSectorNodeAggregationWhereInput | null | undefined;
};

export type InstitutionSectorConnectFieldInput = {
  connect?: Array<SectorConnectInput> | null | undefined;
  where?: SectorConnectWhere | null | undefined;
};

export type InstitutionSectorConnectionAggregateInput = {
  AND?: Array<InstitutionSectorConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionSectorConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionSectorConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionSectorNodeAggregationWhereInput | null | undefined;
};

export type InstitutionSectorConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionSectorConnections */
  aggregate?: InstitutionSectorConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionSectorConnections match this filter */
  all?: InstitutionSectorConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionSectorConnections match this filter */
  none?: InstitutionSectorConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionSectorConnections match this filter */
  single?: InstitutionSectorConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionSectorConnections match this filter */
  some?: InstitutionSectorConnectionWhere | null | undefined;
};

export type InstitutionSectorConnectionWhere = {
  AND?: Array<InstitutionSectorConnectionWhere> | null | undefined;
  NOT?: InstitutionSectorConnectionWhere | null | undefined;
  OR?: Array<InstitutionSectorConnectionWhere> | null | undefined;
  node?: SectorWhere | null | undefined;
};

export type InstitutionSectorCreateFieldInput = {
  node: SectorCreateInput;
};

export type InstitutionSectorDeleteFieldInput = {
  delete?: SectorDeleteInput | null | undefined;
  where?: InstitutionSectorConnectionWhere | null | undefined;
};

export type InstitutionSectorDisconnectFieldInput = {
  disconnect?: SectorDisconnectInput | null | undefined;
  where?: InstitutionSectorConnectionWhere | null | undefined;
};

export type InstitutionSectorFieldInput = {
  connect?: Array<InstitutionSectorConnectFieldInput> | null | undefined;
  create?: Array<InstitutionSectorCreateFieldInput> | null | undefined;
};

export type InstitutionSectorNodeAggregationWhereInput = {
  AND?: Array<InstitutionSectorNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionSectorNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionSectorNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { averageLength: { eq: ... } } }' instead. */
  nameEn_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { averageLength: { gt: ... } } }' instead. */
  nameEn_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { averageLength: { gte: ... } } }' instead. */
  nameEn_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { averageLength: { lt: ... } } }' instead. */
  nameEn_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { averageLength: { lte: ... } } }' instead. */
  nameEn_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { longestLength: { eq: ... } } }' instead. */
  nameEn_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { longestLength: { gt: ... } } }' instead. */
  nameEn_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { longestLength: { gte: ... } } }' instead. */
  nameEn_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { longestLength: { lt: ... } } }' instead. */
  nameEn_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { longestLength: { lte: ... } } }' instead. */
  nameEn_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { shortestLength: { eq: ... } } }' instead. */
  nameEn_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { shortestLength: { gt: ... } } }' instead. */
  nameEn_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { shortestLength: { gte: ... } } }' instead. */
  nameEn_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { shortestLength: { lt: ... } } }' instead. */
  nameEn_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nameEn: { shortestLength: { lte: ... } } }' instead. */
  nameEn_SHORTEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type InstitutionSectorUpdateConnectionInput = {
  node?: SectorUpdateInput | null | undefined;
  where?: InstitutionSectorConnectionWhere | null | undefined;
};

export type InstitutionSectorUpdateFieldInput = {
  connect?: Array<InstitutionSectorConnectFieldInput> | null | undefined;
  create?: Array<InstitutionSectorCreateFieldInput> | null | undefined;
  delete?: Array<InstitutionSectorDeleteFieldInput> | null | undefined;
  disconnect?: Array<InstitutionSectorDisconnectFieldInput> | null | undefined;
  update?: InstitutionSectorUpdateConnectionInput | null | undefined;
};

export type InstitutionUpdateInput = {
  address?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'address: { set: ... } }' instead. */
  address_SET?: string | null | undefined;
  area?: Array<InstitutionAreaUpdateFieldInput> | null | undefined;
  areaBasis?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'areaBasis: { set: ... } }' instead. */
  areaBasis_SET?: string | null | undefined;
  areaSource?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'areaSource: { set: ... } }' instead. */
  areaSource_SET?: string | null | undefined;
  collaborations?: Array<InstitutionCollaborationsUpdateFieldInput> | null | undefined;
  email?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'email: { set: ... } }' instead. */
  email_SET?: string | null | undefined;
  founded?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'founded: { set: ... } }' instead. */
  founded_SET?: string | null | undefined;
  kind?: InstitutionKindEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'kind: { set: ... } }' instead. */
  kind_SET?: InstitutionKind | null | undefined;
  krs?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'krs: { set: ... } }' instead. */
  krs_SET?: string | null | undefined;
  lat?: FloatScalarMutations | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lat: { add: ... } }' instead. */
  lat_ADD?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lat: { divide: ... } }' instead. */
  lat_DIVIDE?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lat: { multiply: ... } }' instead. */
  lat_MULTIPLY?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'lat: { set: ... } }' instead. */
  lat_SET?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lat: { subtract: ... } }' instead. */
  lat_SUBTRACT?: number | null | undefined;
  legalForm?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'legalForm: { set: ... } }' instead. */
  legalForm_SET?: string | null | undefined;
  lon?: FloatScalarMutations | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lon: { add: ... } }' instead. */
  lon_ADD?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lon: { divide: ... } }' instead. */
  lon_DIVIDE?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lon: { multiply: ... } }' instead. */
  lon_MULTIPLY?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'lon: { set: ... } }' instead. */
  lon_SET?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'lon: { subtract: ... } }' instead. */
  lon_SUBTRACT?: number | null | undefined;
  name?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'name: { set: ... } }' instead. */
  name_SET?: string | null | undefined;
  nip?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'nip: { set: ... } }' instead. */
  nip_SET?: string | null | undefined;
  partnerships?: Array<InstitutionPartnershipsUpdateFieldInput> | null | undefined;
  phone?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'phone: { set: ... } }' instead. */
  phone_SET?: string | null | undefined;
  regon?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'regon: { set: ... } }' instead. */
  regon_SET?: string | null | undefined;
  sector?: Array<InstitutionSectorUpdateFieldInput> | null | undefined;
  shortName?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'shortName: { set: ... } }' instead. */
  shortName_SET?: string | null | undefined;
  synthetic?: BooleanScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'synthetic: { set: ... } }' instead. */
  synthetic_SET?: boolean | null | undefined;
  website?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'website: { set: ... } }' instead. */
  website_SET?: string | null | undefined;
};

export type InstitutionWhere = {
  AND?: Array<InstitutionWhere> | null | undefined;
  NOT?: InstitutionWhere | null | undefined;
  OR?: Array<InstitutionWhere> | null | undefined;
  address?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter address: { contains: ... } */
  address_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter address: { endsWith: ... } */
  address_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter address: { eq: ... } */
  address_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter address: { in: ... } */
  address_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter address: { startsWith: ... } */
  address_STARTS_WITH?: string | null | undefined;
  area?: AreaRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the areaConnection filter, please use { areaConnection: { aggregate: {...} } } instead */
  areaAggregate?: InstitutionAreaAggregateInput | null | undefined;
  areaBasis?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter areaBasis: { contains: ... } */
  areaBasis_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaBasis: { endsWith: ... } */
  areaBasis_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaBasis: { eq: ... } */
  areaBasis_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaBasis: { in: ... } */
  areaBasis_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter areaBasis: { startsWith: ... } */
  areaBasis_STARTS_WITH?: string | null | undefined;
  areaConnection?: InstitutionAreaConnectionFilters | null | undefined;
  /**
   * Return Institutions where all of the related InstitutionAreaConnections match this filter
   * @deprecated Please use the relevant generic filter 'areaConnection: { all: { node: ... } } }' instead.
   */
  areaConnection_ALL?: InstitutionAreaConnectionWhere | null | undefined;
  /**
   * Return Institutions where none of the related InstitutionAreaConnections match this filter
   * @deprecated Please use the relevant generic filter 'areaConnection: { none: { node: ... } } }' instead.
   */
  areaConnection_NONE?: InstitutionAreaConnectionWhere | null | undefined;
  /**
   * Return Institutions where one of the related InstitutionAreaConnections match this filter
   * @deprecated Please use the relevant generic filter 'areaConnection: { single: { node: ... } } }' instead.
   */
  areaConnection_SINGLE?: InstitutionAreaConnectionWhere | null | undefined;
  /**
   * Return Institutions where some of the related InstitutionAreaConnections match this filter
   * @deprecated Please use the relevant generic filter 'areaConnection: { some: { node: ... } } }' instead.
   */
  areaConnection_SOME?: InstitutionAreaConnectionWhere | null | undefined;
  areaSource?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter areaSource: { contains: ... } */
  areaSource_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaSource: { endsWith: ... } */
  areaSource_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaSource: { eq: ... } */
  areaSource_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter areaSource: { in: ... } */
  areaSource_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter areaSource: { startsWith: ... } */
  areaSource_STARTS_WITH?: string | null | undefined;
  /**
   * Return Institutions where all of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'area: { all: ... }' instead.
   */
  area_ALL?: AreaWhere | null | undefined;
  /**
   * Return Institutions where none of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'area: { none: ... }' instead.
   */
  area_NONE?: AreaWhere | null | undefined;
  /**
   * Return Institutions where one of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'area: {  single: ... }' instead.
   */
  area_SINGLE?: AreaWhere | null | undefined;
  /**
   * Return Institutions where some of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'area: {  some: ... }' instead.
   */
  area_SOME?: AreaWhere | null | undefined;
  collaborations?: CollaborationRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the collaborationsConnection filter, please use { collaborationsConnection: { aggregate: {...} } } instead */
  collaborationsAggregate?: InstitutionCollaborationsAggregateInput | null | undefined;
  collaborationsConnection?: InstitutionCollaborationsConnectionFilters | null | undefined;
  /**
   * Return Institutions where all of the related InstitutionCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { all: { node: ... } } }' instead.
   */
  collaborationsConnection_ALL?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Institutions where none of the related InstitutionCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { none: { node: ... } } }' instead.
   */
  collaborationsConnection_NONE?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Institutions where one of the related InstitutionCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { single: { node: ... } } }' instead.
   */
  collaborationsConnection_SINGLE?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Institutions where some of the related InstitutionCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { some: { node: ... } } }' instead.
   */
  collaborationsConnection_SOME?: InstitutionCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Institutions where all of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: { all: ... }' instead.
   */
  collaborations_ALL?: CollaborationWhere | null | undefined;
  /**
   * Return Institutions where none of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: { none: ... }' instead.
   */
  collaborations_NONE?: CollaborationWhere | null | undefined;
  /**
   * Return Institutions where one of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: {  single: ... }' instead.
   */
  collaborations_SINGLE?: CollaborationWhere | null | undefined;
  /**
   * Return Institutions where some of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: {  some: ... }' instead.
   */
  collaborations_SOME?: CollaborationWhere | null | undefined;
  editable?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter editable: { eq: ... } */
  editable_EQ?: boolean | null | undefined;
  email?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter email: { contains: ... } */
  email_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter email: { endsWith: ... } */
  email_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter email: { eq: ... } */
  email_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter email: { in: ... } */
  email_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter email: { startsWith: ... } */
  email_STARTS_WITH?: string | null | undefined;
  founded?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { eq: ... } */
  founded_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { gt: ... } */
  founded_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { gte: ... } */
  founded_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { in: ... } */
  founded_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { lt: ... } */
  founded_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter founded: { lte: ... } */
  founded_LTE?: string | null | undefined;
  id?: IdScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: string | null | undefined;
  kind?: InstitutionKindEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InstitutionKind | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: Array<InstitutionKind> | null | undefined;
  krs?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter krs: { contains: ... } */
  krs_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter krs: { endsWith: ... } */
  krs_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter krs: { eq: ... } */
  krs_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter krs: { in: ... } */
  krs_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter krs: { startsWith: ... } */
  krs_STARTS_WITH?: string | null | undefined;
  lat?: FloatScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { eq: ... } */
  lat_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { gt: ... } */
  lat_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { gte: ... } */
  lat_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { in: ... } */
  lat_IN?: Array<number | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { lt: ... } */
  lat_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lat: { lte: ... } */
  lat_LTE?: number | null | undefined;
  legalForm?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter legalForm: { contains: ... } */
  legalForm_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter legalForm: { endsWith: ... } */
  legalForm_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter legalForm: { eq: ... } */
  legalForm_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter legalForm: { in: ... } */
  legalForm_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter legalForm: { startsWith: ... } */
  legalForm_STARTS_WITH?: string | null | undefined;
  lon?: FloatScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { eq: ... } */
  lon_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { gt: ... } */
  lon_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { gte: ... } */
  lon_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { in: ... } */
  lon_IN?: Array<number | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { lt: ... } */
  lon_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter lon: { lte: ... } */
  lon_LTE?: number | null | undefined;
  name?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: string | null | undefined;
  nip?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter nip: { contains: ... } */
  nip_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nip: { endsWith: ... } */
  nip_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nip: { eq: ... } */
  nip_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nip: { in: ... } */
  nip_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter nip: { startsWith: ... } */
  nip_STARTS_WITH?: string | null | undefined;
  partnerships?: PartnershipRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the partnershipsConnection filter, please use { partnershipsConnection: { aggregate: {...} } } instead */
  partnershipsAggregate?: InstitutionPartnershipsAggregateInput | null | undefined;
  partnershipsConnection?: InstitutionPartnershipsConnectionFilters | null | undefined;
  /**
   * Return Institutions where all of the related InstitutionPartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { all: { node: ... } } }' instead.
   */
  partnershipsConnection_ALL?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /**
   * Return Institutions where none of the related InstitutionPartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { none: { node: ... } } }' instead.
   */
  partnershipsConnection_NONE?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /**
   * Return Institutions where one of the related InstitutionPartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { single: { node: ... } } }' instead.
   */
  partnershipsConnection_SINGLE?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /**
   * Return Institutions where some of the related InstitutionPartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { some: { node: ... } } }' instead.
   */
  partnershipsConnection_SOME?: InstitutionPartnershipsConnectionWhere | null | undefined;
  /**
   * Return Institutions where all of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: { all: ... }' instead.
   */
  partnerships_ALL?: PartnershipWhere | null | undefined;
  /**
   * Return Institutions where none of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: { none: ... }' instead.
   */
  partnerships_NONE?: PartnershipWhere | null | undefined;
  /**
   * Return Institutions where one of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: {  single: ... }' instead.
   */
  partnerships_SINGLE?: PartnershipWhere | null | undefined;
  /**
   * Return Institutions where some of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: {  some: ... }' instead.
   */
  partnerships_SOME?: PartnershipWhere | null | undefined;
  phone?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter phone: { contains: ... } */
  phone_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter phone: { endsWith: ... } */
  phone_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter phone: { eq: ... } */
  phone_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter phone: { in: ... } */
  phone_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter phone: { startsWith: ... } */
  phone_STARTS_WITH?: string | null | undefined;
  regon?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter regon: { contains: ... } */
  regon_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter regon: { endsWith: ... } */
  regon_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter regon: { eq: ... } */
  regon_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter regon: { in: ... } */
  regon_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter regon: { startsWith: ... } */
  regon_STARTS_WITH?: string | null | undefined;
  sector?: SectorRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the sectorConnection filter, please use { sectorConnection: { aggregate: {...} } } instead */
  sectorAggregate?: InstitutionSectorAggregateInput | null | undefined;
  sectorConnection?: InstitutionSectorConnectionFilters | null | undefined;
  /**
   * Return Institutions where all of the related InstitutionSectorConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectorConnection: { all: { node: ... } } }' instead.
   */
  sectorConnection_ALL?: InstitutionSectorConnectionWhere | null | undefined;
  /**
   * Return Institutions where none of the related InstitutionSectorConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectorConnection: { none: { node: ... } } }' instead.
   */
  sectorConnection_NONE?: InstitutionSectorConnectionWhere | null | undefined;
  /**
   * Return Institutions where one of the related InstitutionSectorConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectorConnection: { single: { node: ... } } }' instead.
   */
  sectorConnection_SINGLE?: InstitutionSectorConnectionWhere | null | undefined;
  /**
   * Return Institutions where some of the related InstitutionSectorConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectorConnection: { some: { node: ... } } }' instead.
   */
  sectorConnection_SOME?: InstitutionSectorConnectionWhere | null | undefined;
  /**
   * Return Institutions where all of the related Sectors match this filter
   * @deprecated Please use the relevant generic filter 'sector: { all: ... }' instead.
   */
  sector_ALL?: SectorWhere | null | undefined;
  /**
   * Return Institutions where none of the related Sectors match this filter
   * @deprecated Please use the relevant generic filter 'sector: { none: ... }' instead.
   */
  sector_NONE?: SectorWhere | null | undefined;
  /**
   * Return Institutions where one of the related Sectors match this filter
   * @deprecated Please use the relevant generic filter 'sector: {  single: ... }' instead.
   */
  sector_SINGLE?: SectorWhere | null | undefined;
  /**
   * Return Institutions where some of the related Sectors match this filter
   * @deprecated Please use the relevant generic filter 'sector: {  some: ... }' instead.
   */
  sector_SOME?: SectorWhere | null | undefined;
  shortName?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter shortName: { contains: ... } */
  shortName_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter shortName: { endsWith: ... } */
  shortName_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter shortName: { eq: ... } */
  shortName_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter shortName: { in: ... } */
  shortName_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter shortName: { startsWith: ... } */
  shortName_STARTS_WITH?: string | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter synthetic: { eq: ... } */
  synthetic_EQ?: boolean | null | undefined;
  website?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter website: { contains: ... } */
  website_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter website: { endsWith: ... } */
  website_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter website: { eq: ... } */
  website_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter website: { in: ... } */
  website_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter website: { startsWith: ... } */
  website_STARTS_WITH?: string | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: number | null | undefined;
  set?: number | null | undefined;
  subtract?: number | null | undefined;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: number | null | undefined;
  push?: Array<string> | null | undefined;
  set?: Array<string> | null | undefined;
};

export type MeasureScope =
  /** The area as a whole (sector matrix) */
  | 'AREA'
  /** One of the Gould–Fernandez brokerage roles (brokers.ranking.brokerage) */
  | 'BROKERAGE_ROLE'
  /** One number per institution */
  | 'INSTITUTION'
  /** The network's shape (communities) */
  | 'STRUCTURE';

export type MemberRole =
  | 'INITIATOR'
  | 'LEADER'
  | 'MEMBER'
  | 'SECRETARIAT';

/** MemberRole filters */
export type MemberRoleEnumScalarFilters = {
  eq?: MemberRole | null | undefined;
  in?: Array<MemberRole> | null | undefined;
};

/** MemberRole mutations */
export type MemberRoleEnumScalarMutations = {
  set?: MemberRole | null | undefined;
};

export type MembershipAggregationWhereInput = {
  AND?: Array<MembershipAggregationWhereInput> | null | undefined;
  NOT?: MembershipAggregationWhereInput | null | undefined;
  OR?: Array<MembershipAggregationWhereInput> | null | undefined;
  asWritten?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { eq: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { eq: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { eq: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type MembershipCreateInput = {
  asWritten?: string | null | undefined;
  identifiedBy?: Array<string> | null | undefined;
  role?: MemberRole | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
};

export type MembershipUpdateInput = {
  asWritten?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'asWritten: { set: ... } }' instead. */
  asWritten_SET?: string | null | undefined;
  identifiedBy?: ListStringMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { pop: ... } }' instead. */
  identifiedBy_POP?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { push: ... } }' instead. */
  identifiedBy_PUSH?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { set: ... } }' instead. */
  identifiedBy_SET?: Array<string> | null | undefined;
  role?: MemberRoleEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'role: { set: ... } }' instead. */
  role_SET?: MemberRole | null | undefined;
  since?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'since: { set: ... } }' instead. */
  since_SET?: string | null | undefined;
  until?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'until: { set: ... } }' instead. */
  until_SET?: string | null | undefined;
};

export type MembershipWhere = {
  AND?: Array<MembershipWhere> | null | undefined;
  NOT?: MembershipWhere | null | undefined;
  OR?: Array<MembershipWhere> | null | undefined;
  asWritten?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { contains: ... } */
  asWritten_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { endsWith: ... } */
  asWritten_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { eq: ... } */
  asWritten_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { in: ... } */
  asWritten_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { startsWith: ... } */
  asWritten_STARTS_WITH?: string | null | undefined;
  identifiedBy?: StringListFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { eq: ... } */
  identifiedBy_EQ?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { includes: ... } */
  identifiedBy_INCLUDES?: string | null | undefined;
  role?: MemberRoleEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { eq: ... } */
  role_EQ?: MemberRole | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { in: ... } */
  role_IN?: Array<MemberRole | null | undefined> | null | undefined;
  since?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { eq: ... } */
  since_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { gt: ... } */
  since_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { gte: ... } */
  since_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { in: ... } */
  since_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { lt: ... } */
  since_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter since: { lte: ... } */
  since_LTE?: string | null | undefined;
  until?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { eq: ... } */
  until_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { gt: ... } */
  until_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { gte: ... } */
  until_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { in: ... } */
  until_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { lt: ... } */
  until_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter until: { lte: ... } */
  until_LTE?: string | null | undefined;
};

export type NetworkMode =
  /** two-mode: institutions and the partnerships/collaborations they belong to */
  | 'AFFILIATIONS'
  /** one-mode: institutions tied by shared partnerships/collaborations */
  | 'INSTITUTIONS';

export type NetworkNodeType =
  | 'COLLABORATION'
  | 'INSTITUTION'
  | 'PARTNERSHIP';

export type ParticipationAggregationWhereInput = {
  AND?: Array<ParticipationAggregationWhereInput> | null | undefined;
  NOT?: ParticipationAggregationWhereInput | null | undefined;
  OR?: Array<ParticipationAggregationWhereInput> | null | undefined;
  asWritten?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { eq: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { eq: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { eq: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type ParticipationCreateInput = {
  asWritten?: string | null | undefined;
  identifiedBy?: Array<string> | null | undefined;
  role?: ParticipationRole | null | undefined;
};

export type ParticipationRole =
  | 'CONTRACTOR'
  | 'FUNDER'
  | 'HOST'
  | 'LEAD'
  | 'ORGANIZER'
  | 'PARTICIPANT'
  | 'PARTNER';

/** ParticipationRole filters */
export type ParticipationRoleEnumScalarFilters = {
  eq?: ParticipationRole | null | undefined;
  in?: Array<ParticipationRole> | null | undefined;
};

/** ParticipationRole mutations */
export type ParticipationRoleEnumScalarMutations = {
  set?: ParticipationRole | null | undefined;
};

export type ParticipationUpdateInput = {
  asWritten?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'asWritten: { set: ... } }' instead. */
  asWritten_SET?: string | null | undefined;
  identifiedBy?: ListStringMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { pop: ... } }' instead. */
  identifiedBy_POP?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { push: ... } }' instead. */
  identifiedBy_PUSH?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { set: ... } }' instead. */
  identifiedBy_SET?: Array<string> | null | undefined;
  role?: ParticipationRoleEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'role: { set: ... } }' instead. */
  role_SET?: ParticipationRole | null | undefined;
};

export type ParticipationWhere = {
  AND?: Array<ParticipationWhere> | null | undefined;
  NOT?: ParticipationWhere | null | undefined;
  OR?: Array<ParticipationWhere> | null | undefined;
  asWritten?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { contains: ... } */
  asWritten_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { endsWith: ... } */
  asWritten_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { eq: ... } */
  asWritten_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { in: ... } */
  asWritten_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { startsWith: ... } */
  asWritten_STARTS_WITH?: string | null | undefined;
  identifiedBy?: StringListFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { eq: ... } */
  identifiedBy_EQ?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { includes: ... } */
  identifiedBy_INCLUDES?: string | null | undefined;
  role?: ParticipationRoleEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { eq: ... } */
  role_EQ?: ParticipationRole | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { in: ... } */
  role_IN?: Array<ParticipationRole | null | undefined> | null | undefined;
};

export type PartnershipConnectInput = {
  covers?: Array<PartnershipCoversConnectFieldInput> | null | undefined;
  members?: Array<PartnershipMembersConnectFieldInput> | null | undefined;
  sources?: Array<PartnershipSourcesConnectFieldInput> | null | undefined;
};

export type PartnershipConnectWhere = {
  node: PartnershipWhere;
};

export type PartnershipCoversAggregateInput = {
  AND?: Array<PartnershipCoversAggregateInput> | null | undefined;
  NOT?: PartnershipCoversAggregateInput | null | undefined;
  OR?: Array<PartnershipCoversAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: PartnershipCoversNodeAggregationWhereInput | null | undefined;
};

export type PartnershipCoversConnectFieldInput = {
  connect?: Array<AreaConnectInput> | null | undefined;
  where?: AreaConnectWhere | null | undefined;
};

export type PartnershipCoversConnectionAggregateInput = {
  AND?: Array<PartnershipCoversConnectionAggregateInput> | null | undefined;
  NOT?: PartnershipCoversConnectionAggregateInput | null | undefined;
  OR?: Array<PartnershipCoversConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PartnershipCoversNodeAggregationWhereInput | null | undefined;
};

export type PartnershipCoversConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipCoversConnections */
  aggregate?: PartnershipCoversConnectionAggregateInput | null | undefined;
  /** Return Partnerships where all of the related PartnershipCoversConnections match this filter */
  all?: PartnershipCoversConnectionWhere | null | undefined;
  /** Return Partnerships where none of the related PartnershipCoversConnections match this filter */
  none?: PartnershipCoversConnectionWhere | null | undefined;
  /** Return Partnerships where one of the related PartnershipCoversConnections match this filter */
  single?: PartnershipCoversConnectionWhere | null | undefined;
  /** Return Partnerships where some of the related PartnershipCoversConnections match this filter */
  some?: PartnershipCoversConnectionWhere | null | undefined;
};

export type PartnershipCoversConnectionWhere = {
  AND?: Array<PartnershipCoversConnectionWhere> | null | undefined;
  NOT?: PartnershipCoversConnectionWhere | null | undefined;
  OR?: Array<PartnershipCoversConnectionWhere> | null | undefined;
  node?: AreaWhere | null | undefined;
};

export type PartnershipCoversCreateFieldInput = {
  node: AreaCreateInput;
};

export type PartnershipCoversDeleteFieldInput = {
  delete?: AreaDeleteInput | null | undefined;
  where?: PartnershipCoversConnectionWhere | null | undefined;
};

export type PartnershipCoversDisconnectFieldInput = {
  disconnect?: AreaDisconnectInput | null | undefined;
  where?: PartnershipCoversConnectionWhere | null | undefined;
};

export type PartnershipCoversFieldInput = {
  connect?: Array<PartnershipCoversConnectFieldInput> | null | undefined;
  create?: Array<PartnershipCoversCreateFieldInput> | null | undefined;
};

export type PartnershipCoversNodeAggregationWhereInput = {
  AND?: Array<PartnershipCoversNodeAggregationWhereInput> | null | undefined;
  NOT?: PartnershipCoversNodeAggregationWhereInput | null | undefined;
  OR?: Array<PartnershipCoversNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  teryt?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { eq: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { gte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lt: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { averageLength: { lte: ... } } }' instead. */
  teryt_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { eq: ... } } }' instead. */
  teryt_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { gte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lt: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { longestLength: { lte: ... } } }' instead. */
  teryt_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { eq: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { gte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lt: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'teryt: { shortestLength: { lte: ... } } }' instead. */
  teryt_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type PartnershipCoversUpdateConnectionInput = {
  node?: AreaUpdateInput | null | undefined;
  where?: PartnershipCoversConnectionWhere | null | undefined;
};

export type PartnershipCoversUpdateFieldInput = {
  connect?: Array<PartnershipCoversConnectFieldInput> | null | undefined;
  create?: Array<PartnershipCoversCreateFieldInput> | null | undefined;
  delete?: Array<PartnershipCoversDeleteFieldInput> | null | undefined;
  disconnect?: Array<PartnershipCoversDisconnectFieldInput> | null | undefined;
  update?: PartnershipCoversUpdateConnectionInput | null | undefined;
};

export type PartnershipCreateInput = {
  covers?: PartnershipCoversFieldInput | null | undefined;
  datePrecision?: DatePrecision | null | undefined;
  endedOn?: string | null | undefined;
  goal?: string | null | undefined;
  identifiedBy?: Array<string> | null | undefined;
  members?: PartnershipMembersFieldInput | null | undefined;
  membersDeclared?: number | null | undefined;
  name: string;
  signedOn?: string | null | undefined;
  sources?: PartnershipSourcesFieldInput | null | undefined;
  synthetic?: boolean | null | undefined;
  unsourced?: boolean | null | undefined;
};

export type PartnershipDeleteInput = {
  covers?: Array<PartnershipCoversDeleteFieldInput> | null | undefined;
  members?: Array<PartnershipMembersDeleteFieldInput> | null | undefined;
  sources?: Array<PartnershipSourcesDeleteFieldInput> | null | undefined;
};

export type PartnershipDisconnectInput = {
  covers?: Array<PartnershipCoversDisconnectFieldInput> | null | undefined;
  members?: Array<PartnershipMembersDisconnectFieldInput> | null | undefined;
  sources?: Array<PartnershipSourcesDisconnectFieldInput> | null | undefined;
};

export type PartnershipMembersAggregateInput = {
  AND?: Array<PartnershipMembersAggregateInput> | null | undefined;
  NOT?: PartnershipMembersAggregateInput | null | undefined;
  OR?: Array<PartnershipMembersAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: MembershipAggregationWhereInput | null | undefined;
  node?: PartnershipMembersNodeAggregationWhereInput | null | undefined;
};

export type PartnershipMembersConnectFieldInput = {
  connect?: Array<InstitutionConnectInput> | null | undefined;
  edge?: MembershipCreateInput | null | undefined;
  where?: InstitutionConnectWhere | null | undefined;
};

export type PartnershipMembersConnectionAggregateInput = {
  AND?: Array<PartnershipMembersConnectionAggregateInput> | null | undefined;
  NOT?: PartnershipMembersConnectionAggregateInput | null | undefined;
  OR?: Array<PartnershipMembersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: MembershipAggregationWhereInput | null | undefined;
  node?: PartnershipMembersNodeAggregationWhereInput | null | undefined;
};

export type PartnershipMembersConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipMembersConnections */
  aggregate?: PartnershipMembersConnectionAggregateInput | null | undefined;
  /** Return Partnerships where all of the related PartnershipMembersConnections match this filter */
  all?: PartnershipMembersConnectionWhere | null | undefined;
  /** Return Partnerships where none of the related PartnershipMembersConnections match this filter */
  none?: PartnershipMembersConnectionWhere | null | undefined;
  /** Return Partnerships where one of the related PartnershipMembersConnections match this filter */
  single?: PartnershipMembersConnectionWhere | null | undefined;
  /** Return Partnerships where some of the related PartnershipMembersConnections match this filter */
  some?: PartnershipMembersConnectionWhere | null | undefined;
};

export type PartnershipMembersConnectionWhere = {
  AND?: Array<PartnershipMembersConnectionWhere> | null | undefined;
  NOT?: PartnershipMembersConnectionWhere | null | undefined;
  OR?: Array<PartnershipMembersConnectionWhere> | null | undefined;
  edge?: MembershipWhere | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type PartnershipMembersCreateFieldInput = {
  edge?: MembershipCreateInput | null | undefined;
  node: InstitutionCreateInput;
};

export type PartnershipMembersDeleteFieldInput = {
  delete?: InstitutionDeleteInput | null | undefined;
  where?: PartnershipMembersConnectionWhere | null | undefined;
};

export type PartnershipMembersDisconnectFieldInput = {
  disconnect?: InstitutionDisconnectInput | null | undefined;
  where?: PartnershipMembersConnectionWhere | null | undefined;
};

export type PartnershipMembersFieldInput = {
  connect?: Array<PartnershipMembersConnectFieldInput> | null | undefined;
  create?: Array<PartnershipMembersCreateFieldInput> | null | undefined;
};

export type PartnershipMembersNodeAggregationWhereInput = {
  AND?: Array<PartnershipMembersNodeAggregationWhereInput> | null | undefined;
  NOT?: PartnershipMembersNodeAggregationWhereInput | null | undefined;
  OR?: Array<PartnershipMembersNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { eq: ... } } }' instead. */
  address_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gt: ... } } }' instead. */
  address_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gte: ... } } }' instead. */
  address_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lt: ... } } }' instead. */
  address_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lte: ... } } }' instead. */
  address_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { eq: ... } } }' instead. */
  address_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gt: ... } } }' instead. */
  address_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gte: ... } } }' instead. */
  address_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lt: ... } } }' instead. */
  address_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lte: ... } } }' instead. */
  address_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { eq: ... } } }' instead. */
  address_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gt: ... } } }' instead. */
  address_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gte: ... } } }' instead. */
  address_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lt: ... } } }' instead. */
  address_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lte: ... } } }' instead. */
  address_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaBasis?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { eq: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { eq: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { eq: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaSource?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { eq: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { eq: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { eq: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LTE?: number | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { eq: ... } } }' instead. */
  email_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gt: ... } } }' instead. */
  email_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gte: ... } } }' instead. */
  email_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lt: ... } } }' instead. */
  email_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lte: ... } } }' instead. */
  email_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { eq: ... } } }' instead. */
  email_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gt: ... } } }' instead. */
  email_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gte: ... } } }' instead. */
  email_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lt: ... } } }' instead. */
  email_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lte: ... } } }' instead. */
  email_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { eq: ... } } }' instead. */
  email_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gt: ... } } }' instead. */
  email_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gte: ... } } }' instead. */
  email_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lt: ... } } }' instead. */
  email_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lte: ... } } }' instead. */
  email_SHORTEST_LENGTH_LTE?: number | null | undefined;
  krs?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { eq: ... } } }' instead. */
  krs_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { eq: ... } } }' instead. */
  krs_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gt: ... } } }' instead. */
  krs_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gte: ... } } }' instead. */
  krs_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lt: ... } } }' instead. */
  krs_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lte: ... } } }' instead. */
  krs_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { eq: ... } } }' instead. */
  krs_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { eq: ... } } }' instead. */
  lat_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gt: ... } } }' instead. */
  lat_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gte: ... } } }' instead. */
  lat_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lt: ... } } }' instead. */
  lat_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lte: ... } } }' instead. */
  lat_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { eq: ... } } }' instead. */
  lat_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gt: ... } } }' instead. */
  lat_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gte: ... } } }' instead. */
  lat_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lt: ... } } }' instead. */
  lat_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lte: ... } } }' instead. */
  lat_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { eq: ... } } }' instead. */
  lat_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gt: ... } } }' instead. */
  lat_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gte: ... } } }' instead. */
  lat_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lt: ... } } }' instead. */
  lat_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lte: ... } } }' instead. */
  lat_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { eq: ... } } }' instead. */
  lat_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gt: ... } } }' instead. */
  lat_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gte: ... } } }' instead. */
  lat_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lt: ... } } }' instead. */
  lat_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lte: ... } } }' instead. */
  lat_SUM_LTE?: number | null | undefined;
  legalForm?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { eq: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { eq: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { eq: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { eq: ... } } }' instead. */
  lon_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gt: ... } } }' instead. */
  lon_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gte: ... } } }' instead. */
  lon_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lt: ... } } }' instead. */
  lon_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lte: ... } } }' instead. */
  lon_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { eq: ... } } }' instead. */
  lon_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gt: ... } } }' instead. */
  lon_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gte: ... } } }' instead. */
  lon_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lt: ... } } }' instead. */
  lon_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lte: ... } } }' instead. */
  lon_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { eq: ... } } }' instead. */
  lon_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gt: ... } } }' instead. */
  lon_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gte: ... } } }' instead. */
  lon_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lt: ... } } }' instead. */
  lon_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lte: ... } } }' instead. */
  lon_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { eq: ... } } }' instead. */
  lon_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gt: ... } } }' instead. */
  lon_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gte: ... } } }' instead. */
  lon_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lt: ... } } }' instead. */
  lon_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lte: ... } } }' instead. */
  lon_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  nip?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { eq: ... } } }' instead. */
  nip_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { eq: ... } } }' instead. */
  nip_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gt: ... } } }' instead. */
  nip_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gte: ... } } }' instead. */
  nip_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lt: ... } } }' instead. */
  nip_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lte: ... } } }' instead. */
  nip_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { eq: ... } } }' instead. */
  nip_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LTE?: number | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { eq: ... } } }' instead. */
  phone_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { eq: ... } } }' instead. */
  phone_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gt: ... } } }' instead. */
  phone_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gte: ... } } }' instead. */
  phone_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lt: ... } } }' instead. */
  phone_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lte: ... } } }' instead. */
  phone_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { eq: ... } } }' instead. */
  phone_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LTE?: number | null | undefined;
  regon?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { eq: ... } } }' instead. */
  regon_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { eq: ... } } }' instead. */
  regon_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gt: ... } } }' instead. */
  regon_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gte: ... } } }' instead. */
  regon_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lt: ... } } }' instead. */
  regon_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lte: ... } } }' instead. */
  regon_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { eq: ... } } }' instead. */
  regon_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LTE?: number | null | undefined;
  shortName?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { eq: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { eq: ... } } }' instead. */
  shortName_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { eq: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LTE?: number | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { eq: ... } } }' instead. */
  website_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gt: ... } } }' instead. */
  website_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gte: ... } } }' instead. */
  website_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lt: ... } } }' instead. */
  website_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lte: ... } } }' instead. */
  website_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { eq: ... } } }' instead. */
  website_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gt: ... } } }' instead. */
  website_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gte: ... } } }' instead. */
  website_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lt: ... } } }' instead. */
  website_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lte: ... } } }' instead. */
  website_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { eq: ... } } }' instead. */
  website_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gt: ... } } }' instead. */
  website_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gte: ... } } }' instead. */
  website_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lt: ... } } }' instead. */
  website_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lte: ... } } }' instead. */
  website_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type PartnershipMembersUpdateConnectionInput = {
  edge?: MembershipUpdateInput | null | undefined;
  node?: InstitutionUpdateInput | null | undefined;
  where?: PartnershipMembersConnectionWhere | null | undefined;
};

export type PartnershipMembersUpdateFieldInput = {
  connect?: Array<PartnershipMembersConnectFieldInput> | null | undefined;
  create?: Array<PartnershipMembersCreateFieldInput> | null | undefined;
  delete?: Array<PartnershipMembersDeleteFieldInput> | null | undefined;
  disconnect?: Array<PartnershipMembersDisconnectFieldInput> | null | undefined;
  update?: PartnershipMembersUpdateConnectionInput | null | undefined;
};

export type PartnershipRelationshipFilters = {
  /** Filter type where all of the related Partnerships match this filter */
  all?: PartnershipWhere | null | undefined;
  /** Filter type where none of the related Partnerships match this filter */
  none?: PartnershipWhere | null | undefined;
  /** Filter type where one of the related Partnerships match this filter */
  single?: PartnershipWhere | null | undefined;
  /** Filter type where some of the related Partnerships match this filter */
  some?: PartnershipWhere | null | undefined;
};

export type PartnershipSourcesAggregateInput = {
  AND?: Array<PartnershipSourcesAggregateInput> | null | undefined;
  NOT?: PartnershipSourcesAggregateInput | null | undefined;
  OR?: Array<PartnershipSourcesAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: PartnershipSourcesNodeAggregationWhereInput | null | undefined;
};

export type PartnershipSourcesConnectFieldInput = {
  connect?: Array<SourceConnectInput> | null | undefined;
  edge?: CitationCreateInput | null | undefined;
  where?: SourceConnectWhere | null | undefined;
};

export type PartnershipSourcesConnectionAggregateInput = {
  AND?: Array<PartnershipSourcesConnectionAggregateInput> | null | undefined;
  NOT?: PartnershipSourcesConnectionAggregateInput | null | undefined;
  OR?: Array<PartnershipSourcesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: PartnershipSourcesNodeAggregationWhereInput | null | undefined;
};

export type PartnershipSourcesConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipSourcesConnections */
  aggregate?: PartnershipSourcesConnectionAggregateInput | null | undefined;
  /** Return Partnerships where all of the related PartnershipSourcesConnections match this filter */
  all?: PartnershipSourcesConnectionWhere | null | undefined;
  /** Return Partnerships where none of the related PartnershipSourcesConnections match this filter */
  none?: PartnershipSourcesConnectionWhere | null | undefined;
  /** Return Partnerships where one of the related PartnershipSourcesConnections match this filter */
  single?: PartnershipSourcesConnectionWhere | null | undefined;
  /** Return Partnerships where some of the related PartnershipSourcesConnections match this filter */
  some?: PartnershipSourcesConnectionWhere | null | undefined;
};

export type PartnershipSourcesConnectionWhere = {
  AND?: Array<PartnershipSourcesConnectionWhere> | null | undefined;
  NOT?: PartnershipSourcesConnectionWhere | null | undefined;
  OR?: Array<PartnershipSourcesConnectionWhere> | null | undefined;
  edge?: CitationWhere | null | undefined;
  node?: SourceWhere | null | undefined;
};

export type PartnershipSourcesCreateFieldInput = {
  edge?: CitationCreateInput | null | undefined;
  node: SourceCreateInput;
};

export type PartnershipSourcesDeleteFieldInput = {
  delete?: SourceDeleteInput | null | undefined;
  where?: PartnershipSourcesConnectionWhere | null | undefined;
};

export type PartnershipSourcesDisconnectFieldInput = {
  disconnect?: SourceDisconnectInput | null | undefined;
  where?: PartnershipSourcesConnectionWhere | null | undefined;
};

export type PartnershipSourcesFieldInput = {
  connect?: Array<PartnershipSourcesConnectFieldInput> | null | undefined;
  create?: Array<PartnershipSourcesCreateFieldInput> | null | undefined;
};

export type PartnershipSourcesNodeAggregationWhereInput = {
  AND?: Array<PartnershipSourcesNodeAggregationWhereInput> | null | undefined;
  NOT?: PartnershipSourcesNodeAggregationWhereInput | null | undefined;
  OR?: Array<PartnershipSourcesNodeAggregationWhereInput> | null | undefined;
  file?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { eq: ... } } }' instead. */
  file_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { gt: ... } } }' instead. */
  file_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { gte: ... } } }' instead. */
  file_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { lt: ... } } }' instead. */
  file_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { averageLength: { lte: ... } } }' instead. */
  file_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { eq: ... } } }' instead. */
  file_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { gt: ... } } }' instead. */
  file_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { gte: ... } } }' instead. */
  file_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { lt: ... } } }' instead. */
  file_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { longestLength: { lte: ... } } }' instead. */
  file_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { eq: ... } } }' instead. */
  file_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { gt: ... } } }' instead. */
  file_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { gte: ... } } }' instead. */
  file_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { lt: ... } } }' instead. */
  file_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'file: { shortestLength: { lte: ... } } }' instead. */
  file_SHORTEST_LENGTH_LTE?: number | null | undefined;
  publisher?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { eq: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { gt: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { gte: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { lt: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { averageLength: { lte: ... } } }' instead. */
  publisher_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { eq: ... } } }' instead. */
  publisher_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { gt: ... } } }' instead. */
  publisher_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { gte: ... } } }' instead. */
  publisher_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { lt: ... } } }' instead. */
  publisher_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { longestLength: { lte: ... } } }' instead. */
  publisher_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { eq: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { gt: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { gte: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { lt: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'publisher: { shortestLength: { lte: ... } } }' instead. */
  publisher_SHORTEST_LENGTH_LTE?: number | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: number | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { eq: ... } } }' instead. */
  url_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { gt: ... } } }' instead. */
  url_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { gte: ... } } }' instead. */
  url_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { lt: ... } } }' instead. */
  url_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { averageLength: { lte: ... } } }' instead. */
  url_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { eq: ... } } }' instead. */
  url_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { gt: ... } } }' instead. */
  url_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { gte: ... } } }' instead. */
  url_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { lt: ... } } }' instead. */
  url_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { longestLength: { lte: ... } } }' instead. */
  url_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { eq: ... } } }' instead. */
  url_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { gt: ... } } }' instead. */
  url_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { gte: ... } } }' instead. */
  url_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { lt: ... } } }' instead. */
  url_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'url: { shortestLength: { lte: ... } } }' instead. */
  url_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type PartnershipSourcesUpdateConnectionInput = {
  edge?: CitationUpdateInput | null | undefined;
  node?: SourceUpdateInput | null | undefined;
  where?: PartnershipSourcesConnectionWhere | null | undefined;
};

export type PartnershipSourcesUpdateFieldInput = {
  connect?: Array<PartnershipSourcesConnectFieldInput> | null | undefined;
  create?: Array<PartnershipSourcesCreateFieldInput> | null | undefined;
  delete?: Array<PartnershipSourcesDeleteFieldInput> | null | undefined;
  disconnect?: Array<PartnershipSourcesDisconnectFieldInput> | null | undefined;
  update?: PartnershipSourcesUpdateConnectionInput | null | undefined;
};

export type PartnershipUnnamedAggregateInput = {
  AND?: Array<PartnershipUnnamedAggregateInput> | null | undefined;
  NOT?: PartnershipUnnamedAggregateInput | null | undefined;
  OR?: Array<PartnershipUnnamedAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: PartnershipUnnamedNodeAggregationWhereInput | null | undefined;
};

export type PartnershipUnnamedConnectionAggregateInput = {
  AND?: Array<PartnershipUnnamedConnectionAggregateInput> | null | undefined;
  NOT?: PartnershipUnnamedConnectionAggregateInput | null | undefined;
  OR?: Array<PartnershipUnnamedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PartnershipUnnamedNodeAggregationWhereInput | null | undefined;
};

export type PartnershipUnnamedConnectionFilters = {
  /** Filter Partnerships by aggregating results on related PartnershipUnnamedConnections */
  aggregate?: PartnershipUnnamedConnectionAggregateInput | null | undefined;
  /** Return Partnerships where all of the related PartnershipUnnamedConnections match this filter */
  all?: PartnershipUnnamedConnectionWhere | null | undefined;
  /** Return Partnerships where none of the related PartnershipUnnamedConnections match this filter */
  none?: PartnershipUnnamedConnectionWhere | null | undefined;
  /** Return Partnerships where one of the related PartnershipUnnamedConnections match this filter */
  single?: PartnershipUnnamedConnectionWhere | null | undefined;
  /** Return Partnerships where some of the related PartnershipUnnamedConnections match this filter */
  some?: PartnershipUnnamedConnectionWhere | null | undefined;
};

export type PartnershipUnnamedConnectionWhere = {
  AND?: Array<PartnershipUnnamedConnectionWhere> | null | undefined;
  NOT?: PartnershipUnnamedConnectionWhere | null | undefined;
  OR?: Array<PartnershipUnnamedConnectionWhere> | null | undefined;
  node?: UnnamedParticipantWhere | null | undefined;
};

export type PartnershipUnnamedNodeAggregationWhereInput = {
  AND?: Array<PartnershipUnnamedNodeAggregationWhereInput> | null | undefined;
  NOT?: PartnershipUnnamedNodeAggregationWhereInput | null | undefined;
  OR?: Array<PartnershipUnnamedNodeAggregationWhereInput> | null | undefined;
  asWritten?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { eq: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { gte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lt: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { averageLength: { lte: ... } } }' instead. */
  asWritten_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { eq: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { gte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lt: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { longestLength: { lte: ... } } }' instead. */
  asWritten_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { eq: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { gte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lt: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'asWritten: { shortestLength: { lte: ... } } }' instead. */
  asWritten_SHORTEST_LENGTH_LTE?: number | null | undefined;
  count?: IntScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { eq: ... } } }' instead. */
  count_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { gt: ... } } }' instead. */
  count_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { gte: ... } } }' instead. */
  count_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { lt: ... } } }' instead. */
  count_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { average: { lte: ... } } }' instead. */
  count_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { eq: ... } } }' instead. */
  count_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { gt: ... } } }' instead. */
  count_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { gte: ... } } }' instead. */
  count_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { lt: ... } } }' instead. */
  count_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { max: { lte: ... } } }' instead. */
  count_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { eq: ... } } }' instead. */
  count_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { gt: ... } } }' instead. */
  count_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { gte: ... } } }' instead. */
  count_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { lt: ... } } }' instead. */
  count_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { min: { lte: ... } } }' instead. */
  count_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { eq: ... } } }' instead. */
  count_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { gt: ... } } }' instead. */
  count_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { gte: ... } } }' instead. */
  count_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { lt: ... } } }' instead. */
  count_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'count: { sum: { lte: ... } } }' instead. */
  count_SUM_LTE?: number | null | undefined;
  label?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { eq: ... } } }' instead. */
  label_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { gt: ... } } }' instead. */
  label_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { gte: ... } } }' instead. */
  label_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { lt: ... } } }' instead. */
  label_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { averageLength: { lte: ... } } }' instead. */
  label_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { eq: ... } } }' instead. */
  label_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { gt: ... } } }' instead. */
  label_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { gte: ... } } }' instead. */
  label_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { lt: ... } } }' instead. */
  label_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { longestLength: { lte: ... } } }' instead. */
  label_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { eq: ... } } }' instead. */
  label_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { gt: ... } } }' instead. */
  label_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { gte: ... } } }' instead. */
  label_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { lt: ... } } }' instead. */
  label_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'label: { shortestLength: { lte: ... } } }' instead. */
  label_SHORTEST_LENGTH_LTE?: number | null | undefined;
  role?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { eq: ... } } }' instead. */
  role_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { gt: ... } } }' instead. */
  role_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { gte: ... } } }' instead. */
  role_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { lt: ... } } }' instead. */
  role_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { averageLength: { lte: ... } } }' instead. */
  role_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { eq: ... } } }' instead. */
  role_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { gt: ... } } }' instead. */
  role_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { gte: ... } } }' instead. */
  role_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { lt: ... } } }' instead. */
  role_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { longestLength: { lte: ... } } }' instead. */
  role_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { eq: ... } } }' instead. */
  role_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { gt: ... } } }' instead. */
  role_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { gte: ... } } }' instead. */
  role_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { lt: ... } } }' instead. */
  role_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'role: { shortestLength: { lte: ... } } }' instead. */
  role_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type PartnershipUpdateInput = {
  covers?: Array<PartnershipCoversUpdateFieldInput> | null | undefined;
  datePrecision?: DatePrecisionEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'datePrecision: { set: ... } }' instead. */
  datePrecision_SET?: DatePrecision | null | undefined;
  endedOn?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'endedOn: { set: ... } }' instead. */
  endedOn_SET?: string | null | undefined;
  goal?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'goal: { set: ... } }' instead. */
  goal_SET?: string | null | undefined;
  identifiedBy?: ListStringMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { pop: ... } }' instead. */
  identifiedBy_POP?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { push: ... } }' instead. */
  identifiedBy_PUSH?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'identifiedBy: { set: ... } }' instead. */
  identifiedBy_SET?: Array<string> | null | undefined;
  members?: Array<PartnershipMembersUpdateFieldInput> | null | undefined;
  membersDeclared?: IntScalarMutations | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'membersDeclared: { decrement: ... } }' instead. */
  membersDeclared_DECREMENT?: number | null | undefined;
  /** @deprecated Please use the relevant generic mutation 'membersDeclared: { increment: ... } }' instead. */
  membersDeclared_INCREMENT?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'membersDeclared: { set: ... } }' instead. */
  membersDeclared_SET?: number | null | undefined;
  name?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'name: { set: ... } }' instead. */
  name_SET?: string | null | undefined;
  signedOn?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'signedOn: { set: ... } }' instead. */
  signedOn_SET?: string | null | undefined;
  sources?: Array<PartnershipSourcesUpdateFieldInput> | null | undefined;
  synthetic?: BooleanScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'synthetic: { set: ... } }' instead. */
  synthetic_SET?: boolean | null | undefined;
  unsourced?: BooleanScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'unsourced: { set: ... } }' instead. */
  unsourced_SET?: boolean | null | undefined;
};

export type PartnershipWhere = {
  AND?: Array<PartnershipWhere> | null | undefined;
  NOT?: PartnershipWhere | null | undefined;
  OR?: Array<PartnershipWhere> | null | undefined;
  covers?: AreaRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the coversConnection filter, please use { coversConnection: { aggregate: {...} } } instead */
  coversAggregate?: PartnershipCoversAggregateInput | null | undefined;
  coversConnection?: PartnershipCoversConnectionFilters | null | undefined;
  /**
   * Return Partnerships where all of the related PartnershipCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { all: { node: ... } } }' instead.
   */
  coversConnection_ALL?: PartnershipCoversConnectionWhere | null | undefined;
  /**
   * Return Partnerships where none of the related PartnershipCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { none: { node: ... } } }' instead.
   */
  coversConnection_NONE?: PartnershipCoversConnectionWhere | null | undefined;
  /**
   * Return Partnerships where one of the related PartnershipCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { single: { node: ... } } }' instead.
   */
  coversConnection_SINGLE?: PartnershipCoversConnectionWhere | null | undefined;
  /**
   * Return Partnerships where some of the related PartnershipCoversConnections match this filter
   * @deprecated Please use the relevant generic filter 'coversConnection: { some: { node: ... } } }' instead.
   */
  coversConnection_SOME?: PartnershipCoversConnectionWhere | null | undefined;
  /**
   * Return Partnerships where all of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: { all: ... }' instead.
   */
  covers_ALL?: AreaWhere | null | undefined;
  /**
   * Return Partnerships where none of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: { none: ... }' instead.
   */
  covers_NONE?: AreaWhere | null | undefined;
  /**
   * Return Partnerships where one of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: {  single: ... }' instead.
   */
  covers_SINGLE?: AreaWhere | null | undefined;
  /**
   * Return Partnerships where some of the related Areas match this filter
   * @deprecated Please use the relevant generic filter 'covers: {  some: ... }' instead.
   */
  covers_SOME?: AreaWhere | null | undefined;
  datePrecision?: DatePrecisionEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter datePrecision: { eq: ... } */
  datePrecision_EQ?: DatePrecision | null | undefined;
  /** @deprecated Please use the relevant generic filter datePrecision: { in: ... } */
  datePrecision_IN?: Array<DatePrecision | null | undefined> | null | undefined;
  editable?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter editable: { eq: ... } */
  editable_EQ?: boolean | null | undefined;
  endedOn?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { eq: ... } */
  endedOn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { gt: ... } */
  endedOn_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { gte: ... } */
  endedOn_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { in: ... } */
  endedOn_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { lt: ... } */
  endedOn_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter endedOn: { lte: ... } */
  endedOn_LTE?: string | null | undefined;
  goal?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { contains: ... } */
  goal_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { endsWith: ... } */
  goal_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { eq: ... } */
  goal_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { in: ... } */
  goal_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter goal: { startsWith: ... } */
  goal_STARTS_WITH?: string | null | undefined;
  id?: IdScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: string | null | undefined;
  identifiedBy?: StringListFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { eq: ... } */
  identifiedBy_EQ?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter identifiedBy: { includes: ... } */
  identifiedBy_INCLUDES?: string | null | undefined;
  members?: InstitutionRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the membersConnection filter, please use { membersConnection: { aggregate: {...} } } instead */
  membersAggregate?: PartnershipMembersAggregateInput | null | undefined;
  membersConnection?: PartnershipMembersConnectionFilters | null | undefined;
  /**
   * Return Partnerships where all of the related PartnershipMembersConnections match this filter
   * @deprecated Please use the relevant generic filter 'membersConnection: { all: { node: ... } } }' instead.
   */
  membersConnection_ALL?: PartnershipMembersConnectionWhere | null | undefined;
  /**
   * Return Partnerships where none of the related PartnershipMembersConnections match this filter
   * @deprecated Please use the relevant generic filter 'membersConnection: { none: { node: ... } } }' instead.
   */
  membersConnection_NONE?: PartnershipMembersConnectionWhere | null | undefined;
  /**
   * Return Partnerships where one of the related PartnershipMembersConnections match this filter
   * @deprecated Please use the relevant generic filter 'membersConnection: { single: { node: ... } } }' instead.
   */
  membersConnection_SINGLE?: PartnershipMembersConnectionWhere | null | undefined;
  /**
   * Return Partnerships where some of the related PartnershipMembersConnections match this filter
   * @deprecated Please use the relevant generic filter 'membersConnection: { some: { node: ... } } }' instead.
   */
  membersConnection_SOME?: PartnershipMembersConnectionWhere | null | undefined;
  membersDeclared?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { eq: ... } */
  membersDeclared_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { gt: ... } */
  membersDeclared_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { gte: ... } */
  membersDeclared_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { in: ... } */
  membersDeclared_IN?: Array<number | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { lt: ... } */
  membersDeclared_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter membersDeclared: { lte: ... } */
  membersDeclared_LTE?: number | null | undefined;
  /**
   * Return Partnerships where all of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'members: { all: ... }' instead.
   */
  members_ALL?: InstitutionWhere | null | undefined;
  /**
   * Return Partnerships where none of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'members: { none: ... }' instead.
   */
  members_NONE?: InstitutionWhere | null | undefined;
  /**
   * Return Partnerships where one of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'members: {  single: ... }' instead.
   */
  members_SINGLE?: InstitutionWhere | null | undefined;
  /**
   * Return Partnerships where some of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'members: {  some: ... }' instead.
   */
  members_SOME?: InstitutionWhere | null | undefined;
  name?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: string | null | undefined;
  signedOn?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { eq: ... } */
  signedOn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { gt: ... } */
  signedOn_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { gte: ... } */
  signedOn_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { in: ... } */
  signedOn_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { lt: ... } */
  signedOn_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter signedOn: { lte: ... } */
  signedOn_LTE?: string | null | undefined;
  sources?: SourceRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the sourcesConnection filter, please use { sourcesConnection: { aggregate: {...} } } instead */
  sourcesAggregate?: PartnershipSourcesAggregateInput | null | undefined;
  sourcesConnection?: PartnershipSourcesConnectionFilters | null | undefined;
  /**
   * Return Partnerships where all of the related PartnershipSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { all: { node: ... } } }' instead.
   */
  sourcesConnection_ALL?: PartnershipSourcesConnectionWhere | null | undefined;
  /**
   * Return Partnerships where none of the related PartnershipSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { none: { node: ... } } }' instead.
   */
  sourcesConnection_NONE?: PartnershipSourcesConnectionWhere | null | undefined;
  /**
   * Return Partnerships where one of the related PartnershipSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { single: { node: ... } } }' instead.
   */
  sourcesConnection_SINGLE?: PartnershipSourcesConnectionWhere | null | undefined;
  /**
   * Return Partnerships where some of the related PartnershipSourcesConnections match this filter
   * @deprecated Please use the relevant generic filter 'sourcesConnection: { some: { node: ... } } }' instead.
   */
  sourcesConnection_SOME?: PartnershipSourcesConnectionWhere | null | undefined;
  /**
   * Return Partnerships where all of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: { all: ... }' instead.
   */
  sources_ALL?: SourceWhere | null | undefined;
  /**
   * Return Partnerships where none of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: { none: ... }' instead.
   */
  sources_NONE?: SourceWhere | null | undefined;
  /**
   * Return Partnerships where one of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: {  single: ... }' instead.
   */
  sources_SINGLE?: SourceWhere | null | undefined;
  /**
   * Return Partnerships where some of the related Sources match this filter
   * @deprecated Please use the relevant generic filter 'sources: {  some: ... }' instead.
   */
  sources_SOME?: SourceWhere | null | undefined;
  synthetic?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter synthetic: { eq: ... } */
  synthetic_EQ?: boolean | null | undefined;
  unnamed?: UnnamedParticipantRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the unnamedConnection filter, please use { unnamedConnection: { aggregate: {...} } } instead */
  unnamedAggregate?: PartnershipUnnamedAggregateInput | null | undefined;
  unnamedConnection?: PartnershipUnnamedConnectionFilters | null | undefined;
  /**
   * Return Partnerships where all of the related PartnershipUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { all: { node: ... } } }' instead.
   */
  unnamedConnection_ALL?: PartnershipUnnamedConnectionWhere | null | undefined;
  /**
   * Return Partnerships where none of the related PartnershipUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { none: { node: ... } } }' instead.
   */
  unnamedConnection_NONE?: PartnershipUnnamedConnectionWhere | null | undefined;
  /**
   * Return Partnerships where one of the related PartnershipUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { single: { node: ... } } }' instead.
   */
  unnamedConnection_SINGLE?: PartnershipUnnamedConnectionWhere | null | undefined;
  /**
   * Return Partnerships where some of the related PartnershipUnnamedConnections match this filter
   * @deprecated Please use the relevant generic filter 'unnamedConnection: { some: { node: ... } } }' instead.
   */
  unnamedConnection_SOME?: PartnershipUnnamedConnectionWhere | null | undefined;
  /**
   * Return Partnerships where all of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: { all: ... }' instead.
   */
  unnamed_ALL?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Partnerships where none of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: { none: ... }' instead.
   */
  unnamed_NONE?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Partnerships where one of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: {  single: ... }' instead.
   */
  unnamed_SINGLE?: UnnamedParticipantWhere | null | undefined;
  /**
   * Return Partnerships where some of the related UnnamedParticipants match this filter
   * @deprecated Please use the relevant generic filter 'unnamed: {  some: ... }' instead.
   */
  unnamed_SOME?: UnnamedParticipantWhere | null | undefined;
  unsourced?: BooleanScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter unsourced: { eq: ... } */
  unsourced_EQ?: boolean | null | undefined;
};

export type ReasonCode =
  | 'COMMON_PARTNERS'
  /** The candidate lies outside the area asked about (missingPartners' area argument); no points. */
  | 'OUTSIDE_AREA'
  | 'SAME_GMINA'
  | 'SAME_POWIAT'
  | 'SAME_VOIVODESHIP'
  | 'SECTOR_ABSENT'
  | 'SECTOR_THIN'
  | 'TYPICAL_PAIRING';

export type SectorCode =
  /** market sector */
  | 'MARKET'
  /** non-governmental sector */
  | 'NGO'
  /** public sector */
  | 'PUBLIC'
  /** social economy sector */
  | 'SOCIAL_ECONOMY';

/** SectorCode filters */
export type SectorCodeEnumScalarFilters = {
  eq?: SectorCode | null | undefined;
  in?: Array<SectorCode> | null | undefined;
};

/** SectorCode mutations */
export type SectorCodeEnumScalarMutations = {
  set?: SectorCode | null | undefined;
};

export type SectorConnectInput = {
  institutions?: Array<SectorInstitutionsConnectFieldInput> | null | undefined;
};

export type SectorConnectWhere = {
  node: SectorWhere;
};

export type SectorCreateInput = {
  code: SectorCode;
  institutions?: SectorInstitutionsFieldInput | null | undefined;
  name: string;
  nameEn: string;
};

export type SectorDeleteInput = {
  institutions?: Array<SectorInstitutionsDeleteFieldInput> | null | undefined;
};

export type SectorDisconnectInput = {
  institutions?: Array<SectorInstitutionsDisconnectFieldInput> | null | undefined;
};

export type SectorInstitutionsAggregateInput = {
  AND?: Array<SectorInstitutionsAggregateInput> | null | undefined;
  NOT?: SectorInstitutionsAggregateInput | null | undefined;
  OR?: Array<SectorInstitutionsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  node?: SectorInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type SectorInstitutionsConnectFieldInput = {
  connect?: Array<InstitutionConnectInput> | null | undefined;
  where?: InstitutionConnectWhere | null | undefined;
};

export type SectorInstitutionsConnectionAggregateInput = {
  AND?: Array<SectorInstitutionsConnectionAggregateInput> | null | undefined;
  NOT?: SectorInstitutionsConnectionAggregateInput | null | undefined;
  OR?: Array<SectorInstitutionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: SectorInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type SectorInstitutionsConnectionFilters = {
  /** Filter Sectors by aggregating results on related SectorInstitutionsConnections */
  aggregate?: SectorInstitutionsConnectionAggregateInput | null | undefined;
  /** Return Sectors where all of the related SectorInstitutionsConnections match this filter */
  all?: SectorInstitutionsConnectionWhere | null | undefined;
  /** Return Sectors where none of the related SectorInstitutionsConnections match this filter */
  none?: SectorInstitutionsConnectionWhere | null | undefined;
  /** Return Sectors where one of the related SectorInstitutionsConnections match this filter */
  single?: SectorInstitutionsConnectionWhere | null | undefined;
  /** Return Sectors where some of the related SectorInstitutionsConnections match this filter */
  some?: SectorInstitutionsConnectionWhere | null | undefined;
};

export type SectorInstitutionsConnectionWhere = {
  AND?: Array<SectorInstitutionsConnectionWhere> | null | undefined;
  NOT?: SectorInstitutionsConnectionWhere | null | undefined;
  OR?: Array<SectorInstitutionsConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type SectorInstitutionsCreateFieldInput = {
  node: InstitutionCreateInput;
};

export type SectorInstitutionsDeleteFieldInput = {
  delete?: InstitutionDeleteInput | null | undefined;
  where?: SectorInstitutionsConnectionWhere | null | undefined;
};

export type SectorInstitutionsDisconnectFieldInput = {
  disconnect?: InstitutionDisconnectInput | null | undefined;
  where?: SectorInstitutionsConnectionWhere | null | undefined;
};

export type SectorInstitutionsFieldInput = {
  connect?: Array<SectorInstitutionsConnectFieldInput> | null | undefined;
  create?: Array<SectorInstitutionsCreateFieldInput> | null | undefined;
};

export type SectorInstitutionsNodeAggregationWhereInput = {
  AND?: Array<SectorInstitutionsNodeAggregationWhereInput> | null | undefined;
  NOT?: SectorInstitutionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SectorInstitutionsNodeAggregationWhereInput> | null | undefined;
  address?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { eq: ... } } }' instead. */
  address_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gt: ... } } }' instead. */
  address_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { gte: ... } } }' instead. */
  address_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lt: ... } } }' instead. */
  address_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { averageLength: { lte: ... } } }' instead. */
  address_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { eq: ... } } }' instead. */
  address_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gt: ... } } }' instead. */
  address_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { gte: ... } } }' instead. */
  address_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lt: ... } } }' instead. */
  address_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { longestLength: { lte: ... } } }' instead. */
  address_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { eq: ... } } }' instead. */
  address_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gt: ... } } }' instead. */
  address_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { gte: ... } } }' instead. */
  address_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lt: ... } } }' instead. */
  address_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'address: { shortestLength: { lte: ... } } }' instead. */
  address_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaBasis?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { eq: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { gte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lt: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { averageLength: { lte: ... } } }' instead. */
  areaBasis_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { eq: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { gte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lt: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { longestLength: { lte: ... } } }' instead. */
  areaBasis_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { eq: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { gte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lt: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaBasis: { shortestLength: { lte: ... } } }' instead. */
  areaBasis_SHORTEST_LENGTH_LTE?: number | null | undefined;
  areaSource?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { eq: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { gte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lt: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { averageLength: { lte: ... } } }' instead. */
  areaSource_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { eq: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { gte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lt: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { longestLength: { lte: ... } } }' instead. */
  areaSource_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { eq: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { gte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lt: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'areaSource: { shortestLength: { lte: ... } } }' instead. */
  areaSource_SHORTEST_LENGTH_LTE?: number | null | undefined;
  email?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { eq: ... } } }' instead. */
  email_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gt: ... } } }' instead. */
  email_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { gte: ... } } }' instead. */
  email_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lt: ... } } }' instead. */
  email_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { averageLength: { lte: ... } } }' instead. */
  email_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { eq: ... } } }' instead. */
  email_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gt: ... } } }' instead. */
  email_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { gte: ... } } }' instead. */
  email_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lt: ... } } }' instead. */
  email_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { longestLength: { lte: ... } } }' instead. */
  email_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { eq: ... } } }' instead. */
  email_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gt: ... } } }' instead. */
  email_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { gte: ... } } }' instead. */
  email_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lt: ... } } }' instead. */
  email_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'email: { shortestLength: { lte: ... } } }' instead. */
  email_SHORTEST_LENGTH_LTE?: number | null | undefined;
  krs?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { eq: ... } } }' instead. */
  krs_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { gte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lt: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { averageLength: { lte: ... } } }' instead. */
  krs_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { eq: ... } } }' instead. */
  krs_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gt: ... } } }' instead. */
  krs_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { gte: ... } } }' instead. */
  krs_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lt: ... } } }' instead. */
  krs_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { longestLength: { lte: ... } } }' instead. */
  krs_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { eq: ... } } }' instead. */
  krs_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { gte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lt: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'krs: { shortestLength: { lte: ... } } }' instead. */
  krs_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lat?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { eq: ... } } }' instead. */
  lat_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gt: ... } } }' instead. */
  lat_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { gte: ... } } }' instead. */
  lat_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lt: ... } } }' instead. */
  lat_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { average: { lte: ... } } }' instead. */
  lat_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { eq: ... } } }' instead. */
  lat_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gt: ... } } }' instead. */
  lat_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { gte: ... } } }' instead. */
  lat_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lt: ... } } }' instead. */
  lat_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { max: { lte: ... } } }' instead. */
  lat_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { eq: ... } } }' instead. */
  lat_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gt: ... } } }' instead. */
  lat_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { gte: ... } } }' instead. */
  lat_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lt: ... } } }' instead. */
  lat_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { min: { lte: ... } } }' instead. */
  lat_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { eq: ... } } }' instead. */
  lat_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gt: ... } } }' instead. */
  lat_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { gte: ... } } }' instead. */
  lat_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lt: ... } } }' instead. */
  lat_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lat: { sum: { lte: ... } } }' instead. */
  lat_SUM_LTE?: number | null | undefined;
  legalForm?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { eq: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { gte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lt: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { averageLength: { lte: ... } } }' instead. */
  legalForm_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { eq: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { gte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lt: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { longestLength: { lte: ... } } }' instead. */
  legalForm_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { eq: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { gte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lt: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'legalForm: { shortestLength: { lte: ... } } }' instead. */
  legalForm_SHORTEST_LENGTH_LTE?: number | null | undefined;
  lon?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { eq: ... } } }' instead. */
  lon_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gt: ... } } }' instead. */
  lon_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { gte: ... } } }' instead. */
  lon_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lt: ... } } }' instead. */
  lon_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { average: { lte: ... } } }' instead. */
  lon_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { eq: ... } } }' instead. */
  lon_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gt: ... } } }' instead. */
  lon_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { gte: ... } } }' instead. */
  lon_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lt: ... } } }' instead. */
  lon_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { max: { lte: ... } } }' instead. */
  lon_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { eq: ... } } }' instead. */
  lon_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gt: ... } } }' instead. */
  lon_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { gte: ... } } }' instead. */
  lon_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lt: ... } } }' instead. */
  lon_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { min: { lte: ... } } }' instead. */
  lon_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { eq: ... } } }' instead. */
  lon_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gt: ... } } }' instead. */
  lon_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { gte: ... } } }' instead. */
  lon_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lt: ... } } }' instead. */
  lon_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'lon: { sum: { lte: ... } } }' instead. */
  lon_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
  nip?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { eq: ... } } }' instead. */
  nip_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { gte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lt: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { averageLength: { lte: ... } } }' instead. */
  nip_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { eq: ... } } }' instead. */
  nip_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gt: ... } } }' instead. */
  nip_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { gte: ... } } }' instead. */
  nip_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lt: ... } } }' instead. */
  nip_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { longestLength: { lte: ... } } }' instead. */
  nip_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { eq: ... } } }' instead. */
  nip_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { gte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lt: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'nip: { shortestLength: { lte: ... } } }' instead. */
  nip_SHORTEST_LENGTH_LTE?: number | null | undefined;
  phone?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { eq: ... } } }' instead. */
  phone_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { gte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lt: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { averageLength: { lte: ... } } }' instead. */
  phone_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { eq: ... } } }' instead. */
  phone_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gt: ... } } }' instead. */
  phone_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { gte: ... } } }' instead. */
  phone_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lt: ... } } }' instead. */
  phone_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { longestLength: { lte: ... } } }' instead. */
  phone_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { eq: ... } } }' instead. */
  phone_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { gte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lt: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'phone: { shortestLength: { lte: ... } } }' instead. */
  phone_SHORTEST_LENGTH_LTE?: number | null | undefined;
  regon?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { eq: ... } } }' instead. */
  regon_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { gte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lt: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { averageLength: { lte: ... } } }' instead. */
  regon_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { eq: ... } } }' instead. */
  regon_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gt: ... } } }' instead. */
  regon_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { gte: ... } } }' instead. */
  regon_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lt: ... } } }' instead. */
  regon_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { longestLength: { lte: ... } } }' instead. */
  regon_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { eq: ... } } }' instead. */
  regon_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { gte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lt: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'regon: { shortestLength: { lte: ... } } }' instead. */
  regon_SHORTEST_LENGTH_LTE?: number | null | undefined;
  shortName?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { eq: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { gte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lt: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { averageLength: { lte: ... } } }' instead. */
  shortName_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { eq: ... } } }' instead. */
  shortName_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { gte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lt: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { longestLength: { lte: ... } } }' instead. */
  shortName_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { eq: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { gte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lt: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'shortName: { shortestLength: { lte: ... } } }' instead. */
  shortName_SHORTEST_LENGTH_LTE?: number | null | undefined;
  website?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { eq: ... } } }' instead. */
  website_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gt: ... } } }' instead. */
  website_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { gte: ... } } }' instead. */
  website_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lt: ... } } }' instead. */
  website_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { averageLength: { lte: ... } } }' instead. */
  website_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { eq: ... } } }' instead. */
  website_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gt: ... } } }' instead. */
  website_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { gte: ... } } }' instead. */
  website_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lt: ... } } }' instead. */
  website_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { longestLength: { lte: ... } } }' instead. */
  website_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { eq: ... } } }' instead. */
  website_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gt: ... } } }' instead. */
  website_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { gte: ... } } }' instead. */
  website_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lt: ... } } }' instead. */
  website_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'website: { shortestLength: { lte: ... } } }' instead. */
  website_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type SectorInstitutionsUpdateConnectionInput = {
  node?: InstitutionUpdateInput | null | undefined;
  where?: SectorInstitutionsConnectionWhere | null | undefined;
};

export type SectorInstitutionsUpdateFieldInput = {
  connect?: Array<SectorInstitutionsConnectFieldInput> | null | undefined;
  create?: Array<SectorInstitutionsCreateFieldInput> | null | undefined;
  delete?: Array<SectorInstitutionsDeleteFieldInput> | null | undefined;
  disconnect?: Array<SectorInstitutionsDisconnectFieldInput> | null | undefined;
  update?: SectorInstitutionsUpdateConnectionInput | null | undefined;
};

export type SectorRelationshipFilters = {
  /** Filter type where all of the related Sectors match this filter */
  all?: SectorWhere | null | undefined;
  /** Filter type where none of the related Sectors match this filter */
  none?: SectorWhere | null | undefined;
  /** Filter type where one of the related Sectors match this filter */
  single?: SectorWhere | null | undefined;
  /** Filter type where some of the related Sectors match this filter */
  some?: SectorWhere | null | undefined;
};

export type SectorUpdateInput = {
  code?: SectorCodeEnumScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'code: { set: ... } }' instead. */
  code_SET?: SectorCode | null | undefined;
  institutions?: Array<SectorInstitutionsUpdateFieldInput> | null | undefined;
  name?: StringScalarMutations | null | undefined;
  nameEn?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'nameEn: { set: ... } }' instead. */
  nameEn_SET?: string | null | undefined;
  /** @deprecated Please use the generic mutation 'name: { set: ... } }' instead. */
  name_SET?: string | null | undefined;
};

export type SectorWhere = {
  AND?: Array<SectorWhere> | null | undefined;
  NOT?: SectorWhere | null | undefined;
  OR?: Array<SectorWhere> | null | undefined;
  code?: SectorCodeEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter code: { eq: ... } */
  code_EQ?: SectorCode | null | undefined;
  /** @deprecated Please use the relevant generic filter code: { in: ... } */
  code_IN?: Array<SectorCode> | null | undefined;
  institutions?: InstitutionRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the institutionsConnection filter, please use { institutionsConnection: { aggregate: {...} } } instead */
  institutionsAggregate?: SectorInstitutionsAggregateInput | null | undefined;
  institutionsConnection?: SectorInstitutionsConnectionFilters | null | undefined;
  /**
   * Return Sectors where all of the related SectorInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { all: { node: ... } } }' instead.
   */
  institutionsConnection_ALL?: SectorInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Sectors where none of the related SectorInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { none: { node: ... } } }' instead.
   */
  institutionsConnection_NONE?: SectorInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Sectors where one of the related SectorInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { single: { node: ... } } }' instead.
   */
  institutionsConnection_SINGLE?: SectorInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Sectors where some of the related SectorInstitutionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'institutionsConnection: { some: { node: ... } } }' instead.
   */
  institutionsConnection_SOME?: SectorInstitutionsConnectionWhere | null | undefined;
  /**
   * Return Sectors where all of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: { all: ... }' instead.
   */
  institutions_ALL?: InstitutionWhere | null | undefined;
  /**
   * Return Sectors where none of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: { none: ... }' instead.
   */
  institutions_NONE?: InstitutionWhere | null | undefined;
  /**
   * Return Sectors where one of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: {  single: ... }' instead.
   */
  institutions_SINGLE?: InstitutionWhere | null | undefined;
  /**
   * Return Sectors where some of the related Institutions match this filter
   * @deprecated Please use the relevant generic filter 'institutions: {  some: ... }' instead.
   */
  institutions_SOME?: InstitutionWhere | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter nameEn: { contains: ... } */
  nameEn_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nameEn: { endsWith: ... } */
  nameEn_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nameEn: { eq: ... } */
  nameEn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter nameEn: { in: ... } */
  nameEn_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter nameEn: { startsWith: ... } */
  nameEn_STARTS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: string | null | undefined;
};

export type SourceCollaborationsAggregateInput = {
  AND?: Array<SourceCollaborationsAggregateInput> | null | undefined;
  NOT?: SourceCollaborationsAggregateInput | null | undefined;
  OR?: Array<SourceCollaborationsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: SourceCollaborationsNodeAggregationWhereInput | null | undefined;
};

export type SourceCollaborationsConnectFieldInput = {
  connect?: Array<CollaborationConnectInput> | null | undefined;
  edge?: CitationCreateInput | null | undefined;
  where?: CollaborationConnectWhere | null | undefined;
};

export type SourceCollaborationsConnectionAggregateInput = {
  AND?: Array<SourceCollaborationsConnectionAggregateInput> | null | undefined;
  NOT?: SourceCollaborationsConnectionAggregateInput | null | undefined;
  OR?: Array<SourceCollaborationsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: SourceCollaborationsNodeAggregationWhereInput | null | undefined;
};

export type SourceCollaborationsConnectionFilters = {
  /** Filter Sources by aggregating results on related SourceCollaborationsConnections */
  aggregate?: SourceCollaborationsConnectionAggregateInput | null | undefined;
  /** Return Sources where all of the related SourceCollaborationsConnections match this filter */
  all?: SourceCollaborationsConnectionWhere | null | undefined;
  /** Return Sources where none of the related SourceCollaborationsConnections match this filter */
  none?: SourceCollaborationsConnectionWhere | null | undefined;
  /** Return Sources where one of the related SourceCollaborationsConnections match this filter */
  single?: SourceCollaborationsConnectionWhere | null | undefined;
  /** Return Sources where some of the related SourceCollaborationsConnections match this filter */
  some?: SourceCollaborationsConnectionWhere | null | undefined;
};

export type SourceCollaborationsConnectionWhere = {
  AND?: Array<SourceCollaborationsConnectionWhere> | null | undefined;
  NOT?: SourceCollaborationsConnectionWhere | null | undefined;
  OR?: Array<SourceCollaborationsConnectionWhere> | null | undefined;
  edge?: CitationWhere | null | undefined;
  node?: CollaborationWhere | null | undefined;
};

export type SourceCollaborationsCreateFieldInput = {
  edge?: CitationCreateInput | null | undefined;
  node: CollaborationCreateInput;
};

export type SourceCollaborationsDeleteFieldInput = {
  delete?: CollaborationDeleteInput | null | undefined;
  where?: SourceCollaborationsConnectionWhere | null | undefined;
};

export type SourceCollaborationsDisconnectFieldInput = {
  disconnect?: CollaborationDisconnectInput | null | undefined;
  where?: SourceCollaborationsConnectionWhere | null | undefined;
};

export type SourceCollaborationsFieldInput = {
  connect?: Array<SourceCollaborationsConnectFieldInput> | null | undefined;
  create?: Array<SourceCollaborationsCreateFieldInput> | null | undefined;
};

export type SourceCollaborationsNodeAggregationWhereInput = {
  AND?: Array<SourceCollaborationsNodeAggregationWhereInput> | null | undefined;
  NOT?: SourceCollaborationsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SourceCollaborationsNodeAggregationWhereInput> | null | undefined;
  amountPln?: FloatScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { eq: ... } } }' instead. */
  amountPln_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { gt: ... } } }' instead. */
  amountPln_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { gte: ... } } }' instead. */
  amountPln_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { lt: ... } } }' instead. */
  amountPln_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { average: { lte: ... } } }' instead. */
  amountPln_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { eq: ... } } }' instead. */
  amountPln_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { gt: ... } } }' instead. */
  amountPln_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { gte: ... } } }' instead. */
  amountPln_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { lt: ... } } }' instead. */
  amountPln_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { max: { lte: ... } } }' instead. */
  amountPln_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { eq: ... } } }' instead. */
  amountPln_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { gt: ... } } }' instead. */
  amountPln_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { gte: ... } } }' instead. */
  amountPln_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { lt: ... } } }' instead. */
  amountPln_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { min: { lte: ... } } }' instead. */
  amountPln_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { eq: ... } } }' instead. */
  amountPln_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { gt: ... } } }' instead. */
  amountPln_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { gte: ... } } }' instead. */
  amountPln_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { lt: ... } } }' instead. */
  amountPln_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'amountPln: { sum: { lte: ... } } }' instead. */
  amountPln_SUM_LTE?: number | null | undefined;
  goal?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { eq: ... } } }' instead. */
  goal_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { eq: ... } } }' instead. */
  goal_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gt: ... } } }' instead. */
  goal_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gte: ... } } }' instead. */
  goal_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lt: ... } } }' instead. */
  goal_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lte: ... } } }' instead. */
  goal_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { eq: ... } } }' instead. */
  goal_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LTE?: number | null | undefined;
  programme?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { eq: ... } } }' instead. */
  programme_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { gt: ... } } }' instead. */
  programme_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { gte: ... } } }' instead. */
  programme_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { lt: ... } } }' instead. */
  programme_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { averageLength: { lte: ... } } }' instead. */
  programme_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { eq: ... } } }' instead. */
  programme_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { gt: ... } } }' instead. */
  programme_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { gte: ... } } }' instead. */
  programme_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { lt: ... } } }' instead. */
  programme_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { longestLength: { lte: ... } } }' instead. */
  programme_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { eq: ... } } }' instead. */
  programme_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { gt: ... } } }' instead. */
  programme_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { gte: ... } } }' instead. */
  programme_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { lt: ... } } }' instead. */
  programme_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'programme: { shortestLength: { lte: ... } } }' instead. */
  programme_SHORTEST_LENGTH_LTE?: number | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type SourceCollaborationsUpdateConnectionInput = {
  edge?: CitationUpdateInput | null | undefined;
  node?: CollaborationUpdateInput | null | undefined;
  where?: SourceCollaborationsConnectionWhere | null | undefined;
};

export type SourceCollaborationsUpdateFieldInput = {
  connect?: Array<SourceCollaborationsConnectFieldInput> | null | undefined;
  create?: Array<SourceCollaborationsCreateFieldInput> | null | undefined;
  delete?: Array<SourceCollaborationsDeleteFieldInput> | null | undefined;
  disconnect?: Array<SourceCollaborationsDisconnectFieldInput> | null | undefined;
  update?: SourceCollaborationsUpdateConnectionInput | null | undefined;
};

export type SourceConnectInput = {
  collaborations?: Array<SourceCollaborationsConnectFieldInput> | null | undefined;
  partnerships?: Array<SourcePartnershipsConnectFieldInput> | null | undefined;
};

export type SourceConnectWhere = {
  node: SourceWhere;
};

export type SourceCreateInput = {
  collaborations?: SourceCollaborationsFieldInput | null | undefined;
  file?: string | null | undefined;
  partnerships?: SourcePartnershipsFieldInput | null | undefined;
  publishedOn?: string | null | undefined;
  publisher?: string | null | undefined;
  publisherIdentifiedBy?: Array<string> | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type SourceDeleteInput = {
  collaborations?: Array<SourceCollaborationsDeleteFieldInput> | null | undefined;
  partnerships?: Array<SourcePartnershipsDeleteFieldInput> | null | undefined;
};

export type SourceDisconnectInput = {
  collaborations?: Array<SourceCollaborationsDisconnectFieldInput> | null | undefined;
  partnerships?: Array<SourcePartnershipsDisconnectFieldInput> | null | undefined;
};

export type SourcePartnershipsAggregateInput = {
  AND?: Array<SourcePartnershipsAggregateInput> | null | undefined;
  NOT?: SourcePartnershipsAggregateInput | null | undefined;
  OR?: Array<SourcePartnershipsAggregateInput> | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: number | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: SourcePartnershipsNodeAggregationWhereInput | null | undefined;
};

export type SourcePartnershipsConnectFieldInput = {
  connect?: Array<PartnershipConnectInput> | null | undefined;
  edge?: CitationCreateInput | null | undefined;
  where?: PartnershipConnectWhere | null | undefined;
};

export type SourcePartnershipsConnectionAggregateInput = {
  AND?: Array<SourcePartnershipsConnectionAggregateInput> | null | undefined;
  NOT?: SourcePartnershipsConnectionAggregateInput | null | undefined;
  OR?: Array<SourcePartnershipsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: CitationAggregationWhereInput | null | undefined;
  node?: SourcePartnershipsNodeAggregationWhereInput | null | undefined;
};

export type SourcePartnershipsConnectionFilters = {
  /** Filter Sources by aggregating results on related SourcePartnershipsConnections */
  aggregate?: SourcePartnershipsConnectionAggregateInput | null | undefined;
  /** Return Sources where all of the related SourcePartnershipsConnections match this filter */
  all?: SourcePartnershipsConnectionWhere | null | undefined;
  /** Return Sources where none of the related SourcePartnershipsConnections match this filter */
  none?: SourcePartnershipsConnectionWhere | null | undefined;
  /** Return Sources where one of the related SourcePartnershipsConnections match this filter */
  single?: SourcePartnershipsConnectionWhere | null | undefined;
  /** Return Sources where some of the related SourcePartnershipsConnections match this filter */
  some?: SourcePartnershipsConnectionWhere | null | undefined;
};

export type SourcePartnershipsConnectionWhere = {
  AND?: Array<SourcePartnershipsConnectionWhere> | null | undefined;
  NOT?: SourcePartnershipsConnectionWhere | null | undefined;
  OR?: Array<SourcePartnershipsConnectionWhere> | null | undefined;
  edge?: CitationWhere | null | undefined;
  node?: PartnershipWhere | null | undefined;
};

export type SourcePartnershipsCreateFieldInput = {
  edge?: CitationCreateInput | null | undefined;
  node: PartnershipCreateInput;
};

export type SourcePartnershipsDeleteFieldInput = {
  delete?: PartnershipDeleteInput | null | undefined;
  where?: SourcePartnershipsConnectionWhere | null | undefined;
};

export type SourcePartnershipsDisconnectFieldInput = {
  disconnect?: PartnershipDisconnectInput | null | undefined;
  where?: SourcePartnershipsConnectionWhere | null | undefined;
};

export type SourcePartnershipsFieldInput = {
  connect?: Array<SourcePartnershipsConnectFieldInput> | null | undefined;
  create?: Array<SourcePartnershipsCreateFieldInput> | null | undefined;
};

export type SourcePartnershipsNodeAggregationWhereInput = {
  AND?: Array<SourcePartnershipsNodeAggregationWhereInput> | null | undefined;
  NOT?: SourcePartnershipsNodeAggregationWhereInput | null | undefined;
  OR?: Array<SourcePartnershipsNodeAggregationWhereInput> | null | undefined;
  goal?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { eq: ... } } }' instead. */
  goal_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { gte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lt: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { averageLength: { lte: ... } } }' instead. */
  goal_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { eq: ... } } }' instead. */
  goal_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gt: ... } } }' instead. */
  goal_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { gte: ... } } }' instead. */
  goal_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lt: ... } } }' instead. */
  goal_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { longestLength: { lte: ... } } }' instead. */
  goal_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { eq: ... } } }' instead. */
  goal_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { gte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lt: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'goal: { shortestLength: { lte: ... } } }' instead. */
  goal_SHORTEST_LENGTH_LTE?: number | null | undefined;
  membersDeclared?: IntScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { eq: ... } } }' instead. */
  membersDeclared_AVERAGE_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { gt: ... } } }' instead. */
  membersDeclared_AVERAGE_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { gte: ... } } }' instead. */
  membersDeclared_AVERAGE_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { lt: ... } } }' instead. */
  membersDeclared_AVERAGE_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { average: { lte: ... } } }' instead. */
  membersDeclared_AVERAGE_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { eq: ... } } }' instead. */
  membersDeclared_MAX_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { gt: ... } } }' instead. */
  membersDeclared_MAX_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { gte: ... } } }' instead. */
  membersDeclared_MAX_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { lt: ... } } }' instead. */
  membersDeclared_MAX_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { max: { lte: ... } } }' instead. */
  membersDeclared_MAX_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { eq: ... } } }' instead. */
  membersDeclared_MIN_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { gt: ... } } }' instead. */
  membersDeclared_MIN_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { gte: ... } } }' instead. */
  membersDeclared_MIN_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { lt: ... } } }' instead. */
  membersDeclared_MIN_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { min: { lte: ... } } }' instead. */
  membersDeclared_MIN_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { eq: ... } } }' instead. */
  membersDeclared_SUM_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { gt: ... } } }' instead. */
  membersDeclared_SUM_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { gte: ... } } }' instead. */
  membersDeclared_SUM_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { lt: ... } } }' instead. */
  membersDeclared_SUM_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'membersDeclared: { sum: { lte: ... } } }' instead. */
  membersDeclared_SUM_LTE?: number | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: number | null | undefined;
};

export type SourcePartnershipsUpdateConnectionInput = {
  edge?: CitationUpdateInput | null | undefined;
  node?: PartnershipUpdateInput | null | undefined;
  where?: SourcePartnershipsConnectionWhere | null | undefined;
};

export type SourcePartnershipsUpdateFieldInput = {
  connect?: Array<SourcePartnershipsConnectFieldInput> | null | undefined;
  create?: Array<SourcePartnershipsCreateFieldInput> | null | undefined;
  delete?: Array<SourcePartnershipsDeleteFieldInput> | null | undefined;
  disconnect?: Array<SourcePartnershipsDisconnectFieldInput> | null | undefined;
  update?: SourcePartnershipsUpdateConnectionInput | null | undefined;
};

export type SourceRelationshipFilters = {
  /** Filter type where all of the related Sources match this filter */
  all?: SourceWhere | null | undefined;
  /** Filter type where none of the related Sources match this filter */
  none?: SourceWhere | null | undefined;
  /** Filter type where one of the related Sources match this filter */
  single?: SourceWhere | null | undefined;
  /** Filter type where some of the related Sources match this filter */
  some?: SourceWhere | null | undefined;
};

export type SourceUpdateInput = {
  collaborations?: Array<SourceCollaborationsUpdateFieldInput> | null | undefined;
  file?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'file: { set: ... } }' instead. */
  file_SET?: string | null | undefined;
  partnerships?: Array<SourcePartnershipsUpdateFieldInput> | null | undefined;
  publishedOn?: DateScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'publishedOn: { set: ... } }' instead. */
  publishedOn_SET?: string | null | undefined;
  publisher?: StringScalarMutations | null | undefined;
  publisherIdentifiedBy?: ListStringMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'publisherIdentifiedBy: { pop: ... } }' instead. */
  publisherIdentifiedBy_POP?: number | null | undefined;
  /** @deprecated Please use the generic mutation 'publisherIdentifiedBy: { push: ... } }' instead. */
  publisherIdentifiedBy_PUSH?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'publisherIdentifiedBy: { set: ... } }' instead. */
  publisherIdentifiedBy_SET?: Array<string> | null | undefined;
  /** @deprecated Please use the generic mutation 'publisher: { set: ... } }' instead. */
  publisher_SET?: string | null | undefined;
  title?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'title: { set: ... } }' instead. */
  title_SET?: string | null | undefined;
  url?: StringScalarMutations | null | undefined;
  /** @deprecated Please use the generic mutation 'url: { set: ... } }' instead. */
  url_SET?: string | null | undefined;
};

export type SourceWhere = {
  AND?: Array<SourceWhere> | null | undefined;
  NOT?: SourceWhere | null | undefined;
  OR?: Array<SourceWhere> | null | undefined;
  collaborations?: CollaborationRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the collaborationsConnection filter, please use { collaborationsConnection: { aggregate: {...} } } instead */
  collaborationsAggregate?: SourceCollaborationsAggregateInput | null | undefined;
  collaborationsConnection?: SourceCollaborationsConnectionFilters | null | undefined;
  /**
   * Return Sources where all of the related SourceCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { all: { node: ... } } }' instead.
   */
  collaborationsConnection_ALL?: SourceCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Sources where none of the related SourceCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { none: { node: ... } } }' instead.
   */
  collaborationsConnection_NONE?: SourceCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Sources where one of the related SourceCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { single: { node: ... } } }' instead.
   */
  collaborationsConnection_SINGLE?: SourceCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Sources where some of the related SourceCollaborationsConnections match this filter
   * @deprecated Please use the relevant generic filter 'collaborationsConnection: { some: { node: ... } } }' instead.
   */
  collaborationsConnection_SOME?: SourceCollaborationsConnectionWhere | null | undefined;
  /**
   * Return Sources where all of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: { all: ... }' instead.
   */
  collaborations_ALL?: CollaborationWhere | null | undefined;
  /**
   * Return Sources where none of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: { none: ... }' instead.
   */
  collaborations_NONE?: CollaborationWhere | null | undefined;
  /**
   * Return Sources where one of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: {  single: ... }' instead.
   */
  collaborations_SINGLE?: CollaborationWhere | null | undefined;
  /**
   * Return Sources where some of the related Collaborations match this filter
   * @deprecated Please use the relevant generic filter 'collaborations: {  some: ... }' instead.
   */
  collaborations_SOME?: CollaborationWhere | null | undefined;
  file?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter file: { contains: ... } */
  file_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter file: { endsWith: ... } */
  file_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter file: { eq: ... } */
  file_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter file: { in: ... } */
  file_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter file: { startsWith: ... } */
  file_STARTS_WITH?: string | null | undefined;
  id?: IdScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: string | null | undefined;
  partnerships?: PartnershipRelationshipFilters | null | undefined;
  /** @deprecated Aggregate filters are moved inside the partnershipsConnection filter, please use { partnershipsConnection: { aggregate: {...} } } instead */
  partnershipsAggregate?: SourcePartnershipsAggregateInput | null | undefined;
  partnershipsConnection?: SourcePartnershipsConnectionFilters | null | undefined;
  /**
   * Return Sources where all of the related SourcePartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { all: { node: ... } } }' instead.
   */
  partnershipsConnection_ALL?: SourcePartnershipsConnectionWhere | null | undefined;
  /**
   * Return Sources where none of the related SourcePartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { none: { node: ... } } }' instead.
   */
  partnershipsConnection_NONE?: SourcePartnershipsConnectionWhere | null | undefined;
  /**
   * Return Sources where one of the related SourcePartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { single: { node: ... } } }' instead.
   */
  partnershipsConnection_SINGLE?: SourcePartnershipsConnectionWhere | null | undefined;
  /**
   * Return Sources where some of the related SourcePartnershipsConnections match this filter
   * @deprecated Please use the relevant generic filter 'partnershipsConnection: { some: { node: ... } } }' instead.
   */
  partnershipsConnection_SOME?: SourcePartnershipsConnectionWhere | null | undefined;
  /**
   * Return Sources where all of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: { all: ... }' instead.
   */
  partnerships_ALL?: PartnershipWhere | null | undefined;
  /**
   * Return Sources where none of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: { none: ... }' instead.
   */
  partnerships_NONE?: PartnershipWhere | null | undefined;
  /**
   * Return Sources where one of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: {  single: ... }' instead.
   */
  partnerships_SINGLE?: PartnershipWhere | null | undefined;
  /**
   * Return Sources where some of the related Partnerships match this filter
   * @deprecated Please use the relevant generic filter 'partnerships: {  some: ... }' instead.
   */
  partnerships_SOME?: PartnershipWhere | null | undefined;
  publishedOn?: DateScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { eq: ... } */
  publishedOn_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { gt: ... } */
  publishedOn_GT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { gte: ... } */
  publishedOn_GTE?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { in: ... } */
  publishedOn_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { lt: ... } */
  publishedOn_LT?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publishedOn: { lte: ... } */
  publishedOn_LTE?: string | null | undefined;
  publisher?: StringScalarFilters | null | undefined;
  publisherIdentifiedBy?: StringListFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter publisherIdentifiedBy: { eq: ... } */
  publisherIdentifiedBy_EQ?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter publisherIdentifiedBy: { includes: ... } */
  publisherIdentifiedBy_INCLUDES?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publisher: { contains: ... } */
  publisher_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publisher: { endsWith: ... } */
  publisher_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publisher: { eq: ... } */
  publisher_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter publisher: { in: ... } */
  publisher_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter publisher: { startsWith: ... } */
  publisher_STARTS_WITH?: string | null | undefined;
  title?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: string | null | undefined;
  url?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: Array<string | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: string | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** String mutations */
export type StringScalarMutations = {
  set?: string | null | undefined;
};

export type SurveyInput = {
  /** TERYT code of the area the survey covers (2, 4 or 7 digits). */
  area: string;
  closesOn: string;
  opensOn: string;
  /** A partnership the survey covers: its members are the default roster. */
  partnership?: string | null | undefined;
  /** Question set version; the newest when left out. */
  questionSet?: string | null | undefined;
  /** Institution ids; by default the partnership's members, else every institution of the area. */
  roster?: Array<string> | null | undefined;
  title: string;
};

export type SurveyLinkStatus =
  | 'ACTIVE'
  | 'NOT_ISSUED'
  | 'REVOKED';

export type SurveyProposalDecision =
  /** an institution splot already has (give its id) */
  | 'EXISTING'
  /** a new institution with the proposed name, kind and gmina */
  | 'NEW'
  /** not an institution to add; the answers about it are dropped */
  | 'REJECT';

export type SurveyResponseStatus =
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'SUBMITTED';

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** The kind of a tie: a partnership, or a collaboration of some kind. */
export type TieKind =
  | 'AGREEMENT'
  | 'CONTRACT'
  | 'EVENT'
  | 'OTHER'
  | 'PARTNERSHIP'
  | 'PROJECT'
  | 'REFERRAL'
  /** reported by both institutions in a partner survey */
  | 'REPORTED_MUTUAL'
  /** reported by one of the two institutions in a partner survey */
  | 'REPORTED_ONE_SIDED'
  | 'SOCIAL_CLAUSE'
  | 'STUDY_VISIT';

export type UnnamedParticipantRelationshipFilters = {
  /** Filter type where all of the related UnnamedParticipants match this filter */
  all?: UnnamedParticipantWhere | null | undefined;
  /** Filter type where none of the related UnnamedParticipants match this filter */
  none?: UnnamedParticipantWhere | null | undefined;
  /** Filter type where one of the related UnnamedParticipants match this filter */
  single?: UnnamedParticipantWhere | null | undefined;
  /** Filter type where some of the related UnnamedParticipants match this filter */
  some?: UnnamedParticipantWhere | null | undefined;
};

export type UnnamedParticipantWhere = {
  AND?: Array<UnnamedParticipantWhere> | null | undefined;
  NOT?: UnnamedParticipantWhere | null | undefined;
  OR?: Array<UnnamedParticipantWhere> | null | undefined;
  asWritten?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { contains: ... } */
  asWritten_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { endsWith: ... } */
  asWritten_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { eq: ... } */
  asWritten_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { in: ... } */
  asWritten_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter asWritten: { startsWith: ... } */
  asWritten_STARTS_WITH?: string | null | undefined;
  count?: IntScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { eq: ... } */
  count_EQ?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { gt: ... } */
  count_GT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { gte: ... } */
  count_GTE?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { in: ... } */
  count_IN?: Array<number | null | undefined> | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { lt: ... } */
  count_LT?: number | null | undefined;
  /** @deprecated Please use the relevant generic filter count: { lte: ... } */
  count_LTE?: number | null | undefined;
  id?: IdScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: string | null | undefined;
  kind?: InstitutionKindEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InstitutionKind | null | undefined;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: Array<InstitutionKind | null | undefined> | null | undefined;
  label?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter label: { contains: ... } */
  label_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter label: { endsWith: ... } */
  label_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter label: { eq: ... } */
  label_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter label: { in: ... } */
  label_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter label: { startsWith: ... } */
  label_STARTS_WITH?: string | null | undefined;
  role?: StringScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { contains: ... } */
  role_CONTAINS?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { endsWith: ... } */
  role_ENDS_WITH?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { eq: ... } */
  role_EQ?: string | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { in: ... } */
  role_IN?: Array<string> | null | undefined;
  /** @deprecated Please use the relevant generic filter role: { startsWith: ... } */
  role_STARTS_WITH?: string | null | undefined;
  sector?: SectorCodeEnumScalarFilters | null | undefined;
  /** @deprecated Please use the relevant generic filter sector: { eq: ... } */
  sector_EQ?: SectorCode | null | undefined;
  /** @deprecated Please use the relevant generic filter sector: { in: ... } */
  sector_IN?: Array<SectorCode | null | undefined> | null | undefined;
};

export type SectorMatrixQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
  sourcedOnly?: boolean | null | undefined;
}>;


export type SectorMatrixQuery = { sectorMatrix: { institutions: number, ties: number, sectors: Array<{ sector: string, institutions: number }>, blocks: Array<{ from: string, to: string, ties: number, possible: number, density: number | null }>, ei: { internal: number, external: number, ei: number | null }, sectorEi: Array<{ sector: string, ei: number | null }>, boundary: { ties: number, partners: number, sectors: Array<{ sector: string, ties: number, partners: number }>, bound: { maxMembers: number, cut: Array<{ id: string, label: string, type: NetworkNodeType, members: number, inside: number }> } } } };

export type BrokersQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
  sourcedOnly?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type BrokersQuery = { brokers: { institutions: number, ties: number, isolates: Array<string>, components: Array<Array<string>>, communities: Array<Array<string>>, ranking: Array<{ rank: number, id: string, label: string, sector: string, degree: number, betweenness: number, betweennessNormalized: number, brokerage: { coordinator: number, consultant: number, gatekeeper: number, liaison: number, crossSector: number } }> } };

export type AreasWithDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AreasWithDataQuery = { areasWithData: Array<{ teryt: string, name: string, level: AreaLevel }> };

export type AreaByTerytQueryVariables = Exact<{
  teryt: string;
}>;


export type AreaByTerytQuery = { areas: Array<{ teryt: string, name: string, level: AreaLevel }> };

export type SourceFieldsFragment = { id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null };

export type AreaFieldsFragment = { teryt: string, name: string, level: AreaLevel };

export type InstitutionDetailsQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionDetailsQuery = { institutions: Array<{ id: string, name: string, shortName: string | null, kind: InstitutionKind, legalForm: string | null, krs: string | null, regon: string | null, nip: string | null, website: string | null, email: string | null, phone: string | null, address: string | null, founded: string | null, lat: number | null, lon: number | null, sector: Array<{ code: SectorCode }>, area: Array<{ teryt: string, name: string, level: AreaLevel, parent: Array<{ teryt: string, name: string, level: AreaLevel, parent: Array<{ teryt: string, name: string, level: AreaLevel }> }> }>, partnershipsConnection: { edges: Array<{ properties: { role: MemberRole | null, since: string | null, until: string | null }, node: { id: string, name: string, signedOn: string | null, endedOn: string | null, goal: string | null, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null } }> } } }> }, collaborationsConnection: { edges: Array<{ properties: { role: ParticipationRole | null }, node: { id: string, title: string, kind: CollaborationKind, startedOn: string | null, endedOn: string | null, programme: string | null, amountPln: number | null, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null } }> } } }> } }> };

export type AffiliationDetailsQueryVariables = Exact<{
  id: string;
}>;


export type AffiliationDetailsQuery = { partnerships: Array<{ id: string, name: string, signedOn: string | null, endedOn: string | null, goal: string | null, membersDeclared: number | null, unsourced: boolean | null, membersConnection: { edges: Array<{ properties: { role: MemberRole | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: InstitutionKind } }> }, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null } }> } }>, collaborations: Array<{ id: string, title: string, kind: CollaborationKind, startedOn: string | null, endedOn: string | null, programme: string | null, amountPln: number | null, unsourced: boolean | null, participantsConnection: { edges: Array<{ properties: { role: ParticipationRole | null }, node: { id: string, name: string, kind: InstitutionKind } }> }, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null } }> } }> };

export type CreateInstitutionMutationVariables = Exact<{
  input: Array<InstitutionCreateInput> | InstitutionCreateInput;
}>;


export type CreateInstitutionMutation = { createInstitutions: { institutions: Array<{ id: string, name: string }> } };

export type UpdateInstitutionMutationVariables = Exact<{
  id: string;
  update: InstitutionUpdateInput;
}>;


export type UpdateInstitutionMutation = { updateInstitutions: { institutions: Array<{ id: string, name: string }> } };

export type CreatePartnershipMutationVariables = Exact<{
  input: Array<PartnershipCreateInput> | PartnershipCreateInput;
}>;


export type CreatePartnershipMutation = { createPartnerships: { partnerships: Array<{ id: string, name: string }> } };

export type CreateCollaborationMutationVariables = Exact<{
  input: Array<CollaborationCreateInput> | CollaborationCreateInput;
}>;


export type CreateCollaborationMutation = { createCollaborations: { collaborations: Array<{ id: string, title: string }> } };

export type EditableAreasQueryVariables = Exact<{
  where?: AreaWhere | null | undefined;
}>;


export type EditableAreasQuery = { areas: Array<{ teryt: string, name: string, level: AreaLevel }> };

export type UpdatePartnershipMutationVariables = Exact<{
  id: string;
  update: PartnershipUpdateInput;
}>;


export type UpdatePartnershipMutation = { updatePartnerships: { partnerships: Array<{ id: string }> } };

export type UpdateCollaborationMutationVariables = Exact<{
  id: string;
  update: CollaborationUpdateInput;
}>;


export type UpdateCollaborationMutation = { updateCollaborations: { collaborations: Array<{ id: string }> } };

export type MissingPartnersQueryVariables = Exact<{
  institutionId: string;
  area?: string | null | undefined;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MissingPartnersQuery = { missingPartners: { gaps: { sectors: Array<{ sector: string, partners: number, status: GapStatus, own: boolean }> } | null, candidates: Array<{ score: number, institution: { id: string, label: string, kind: string | null, sector: string | null }, reasons: Array<{ code: ReasonCode, pl: string, en: string }> }> } };

export type NetworkFieldsFragment = { area: { teryt: string, name: string, level: AreaLevel }, compactNodes: { id: string[], label: string[], type: number[], types: Array<NetworkNodeType>, sector: number[], sectors: Array<string>, kind: number[], kinds: Array<string>, outside: number[] }, compactEdges: { sourceRuns: number[], target: number[], weight: number[], kinds: number[], tieKinds: Array<TieKind>, sourcedRuns: number[], periodCounts: number[], periodStart: number[], periodEnd: number[], dates: Array<string> }, boundary: { maxMembers: number, cut: Array<{ id: string, label: string, type: NetworkNodeType, members: number, inside: number }> } | null };

export type BoundaryBoundFragment = { maxMembers: number, cut: Array<{ id: string, label: string, type: NetworkNodeType, members: number, inside: number }> };

export type AreaNetworkQueryVariables = Exact<{
  teryt: string;
  mode?: NetworkMode | null | undefined;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
  sourcedOnly?: boolean | null | undefined;
}>;


export type AreaNetworkQuery = { areaNetwork: { area: { teryt: string, name: string, level: AreaLevel }, compactNodes: { id: string[], label: string[], type: number[], types: Array<NetworkNodeType>, sector: number[], sectors: Array<string>, kind: number[], kinds: Array<string>, outside: number[] }, compactEdges: { sourceRuns: number[], target: number[], weight: number[], kinds: number[], tieKinds: Array<TieKind>, sourcedRuns: number[], periodCounts: number[], periodStart: number[], periodEnd: number[], dates: Array<string> }, boundary: { maxMembers: number, cut: Array<{ id: string, label: string, type: NetworkNodeType, members: number, inside: number }> } | null } };

export type EgoNetworkQueryVariables = Exact<{
  institutionId: string;
  depth?: number | null | undefined;
  mode?: NetworkMode | null | undefined;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
  sourcedOnly?: boolean | null | undefined;
}>;


export type EgoNetworkQuery = { egoNetwork: { area: { teryt: string, name: string, level: AreaLevel }, compactNodes: { id: string[], label: string[], type: number[], types: Array<NetworkNodeType>, sector: number[], sectors: Array<string>, kind: number[], kinds: Array<string>, outside: number[] }, compactEdges: { sourceRuns: number[], target: number[], weight: number[], kinds: number[], tieKinds: Array<TieKind>, sourcedRuns: number[], periodCounts: number[], periodStart: number[], periodEnd: number[], dates: Array<string> }, boundary: { maxMembers: number, cut: Array<{ id: string, label: string, type: NetworkNodeType, members: number, inside: number }> } | null } };

export type ProvenanceFieldsFragment = { id: string, type: NetworkNodeType, label: string, kind: string | null, start: string | null, end: string | null, datePrecision: DatePrecision | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null, quote: string | null }>, members: Array<{ id: string, name: string, role: string | null, asWritten: string | null, identifiedBy: Array<string> | null }> };

export type TieSourcesQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type TieSourcesQuery = { tieSources: Array<{ id: string, type: NetworkNodeType, label: string, kind: string | null, start: string | null, end: string | null, datePrecision: DatePrecision | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null, quote: string | null }>, members: Array<{ id: string, name: string, role: string | null, asWritten: string | null, identifiedBy: Array<string> | null }> }> };

export type AffiliationSourcesQueryVariables = Exact<{
  id: string;
}>;


export type AffiliationSourcesQuery = { affiliationSources: { id: string, type: NetworkNodeType, label: string, kind: string | null, start: string | null, end: string | null, datePrecision: DatePrecision | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, file: string | null, publishedOn: string | null, quote: string | null }>, members: Array<{ id: string, name: string, role: string | null, asWritten: string | null, identifiedBy: Array<string> | null }> } | null };

export type SourceTextQueryVariables = Exact<{
  id: string;
}>;


export type SourceTextQuery = { sourceText: string | null, sources: Array<{ id: string, title: string, url: string | null, file: string | null }> };

export type SearchInstitutionsQueryVariables = Exact<{
  phrase: string;
  first?: number | null | undefined;
}>;


export type SearchInstitutionsQuery = { institutionsByName: { edges: Array<{ score: number, node: { id: string, name: string, shortName: string | null, kind: InstitutionKind, sector: Array<{ code: SectorCode }>, area: Array<{ teryt: string, name: string, level: AreaLevel }> } }> } };

export type DataSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type DataSummaryQuery = { dataSummary: { institutions: number, partnerships: number, collaborations: number, ties: number, sources: number, areasWithData: number, newestDate: string | null } };

export type SurveyFieldsFragment = { id: string, title: string, questionSet: string, status: SurveyStatus, opensOn: string, closesOn: string, createdAt: string, acceptedAt: string | null, area: { teryt: string, name: string, level: AreaLevel }, partnership: { id: string, name: string } | null, roster: Array<{ institutionId: string, name: string, kind: string | null, status: SurveyResponseStatus, link: SurveyLinkStatus, submittedAt: string | null, partners: number }> };

export type SurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysQuery = { surveys: Array<{ id: string, title: string, questionSet: string, status: SurveyStatus, opensOn: string, closesOn: string, createdAt: string, acceptedAt: string | null, area: { teryt: string, name: string, level: AreaLevel }, partnership: { id: string, name: string } | null, roster: Array<{ institutionId: string, name: string, kind: string | null, status: SurveyResponseStatus, link: SurveyLinkStatus, submittedAt: string | null, partners: number }> }> };

export type SurveyResultsQueryVariables = Exact<{
  id: string;
}>;


export type SurveyResultsQuery = { surveyResults: { rostered: number, submitted: number, inProgress: number, responseRate: number, mutualPairs: number, oneSidedPairs: number, reciprocity: number | null, density: number, components: number, isolates: number, pendingTies: number, survey: { id: string, title: string, questionSet: string, status: SurveyStatus, opensOn: string, closesOn: string, createdAt: string, acceptedAt: string | null, area: { teryt: string, name: string, level: AreaLevel }, partnership: { id: string, name: string } | null, roster: Array<{ institutionId: string, name: string, kind: string | null, status: SurveyResponseStatus, link: SurveyLinkStatus, submittedAt: string | null, partners: number }> }, notAnswered: Array<{ institutionId: string, name: string, status: SurveyResponseStatus }>, pairs: Array<{ a: string, b: string, reportedBy: Array<string>, mutual: boolean, awaiting: boolean }>, nodes: Array<{ id: string, label: string, kind: string | null, sector: string | null, responded: boolean, inDegree: number, outDegree: number, mutual: number, meanValueIn: number | null, meanTrustIn: number | null, betweenness: number }>, lacking: Array<{ institutionId: string, name: string, text: string }>, proposals: Array<{ id: string, name: string, kind: string, gmina: string, gminaName: string | null, status: string, institutionId: string | null, proposedByName: string, matches: Array<{ id: string, name: string, kind: string | null, gmina: string | null, gminaName: string | null, rostered: boolean }> }> } | null };

export type SurveyInstitutionFieldsFragment = { id: string, name: string, kind: string | null, gmina: string | null, gminaName: string | null, rostered: boolean };

export type SurveyInstitutionsQueryVariables = Exact<{
  id: string;
  search: string;
}>;


export type SurveyInstitutionsQuery = { surveyInstitutions: Array<{ id: string, name: string, kind: string | null, gmina: string | null, gminaName: string | null, rostered: boolean }> };

export type SurveyPartnershipsQueryVariables = Exact<{
  search: string;
}>;


export type SurveyPartnershipsQuery = { surveyPartnerships: Array<{ id: string, name: string, areas: Array<{ teryt: string, name: string, level: AreaLevel }>, members: Array<{ id: string, name: string, kind: string | null, seat: string | null, inRegion: boolean }> }> };

export type AddSurveyRespondentsMutationVariables = Exact<{
  id: string;
  institutions: Array<string> | string;
}>;


export type AddSurveyRespondentsMutation = { addSurveyRespondents: { survey: { id: string }, links: Array<{ institutionId: string, name: string, link: string }> } };

export type RemoveSurveyRespondentsMutationVariables = Exact<{
  id: string;
  institutions: Array<string> | string;
}>;


export type RemoveSurveyRespondentsMutation = { removeSurveyRespondents: { id: string } };

export type CreateSurveyMutationVariables = Exact<{
  input: SurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { id: string } };

export type OpenSurveyMutationVariables = Exact<{
  id: string;
}>;


export type OpenSurveyMutation = { openSurvey: { id: string, status: SurveyStatus } };

export type CloseSurveyMutationVariables = Exact<{
  id: string;
}>;


export type CloseSurveyMutation = { closeSurvey: { id: string, status: SurveyStatus } };

export type DeleteSurveyMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSurveyMutation = { deleteSurvey: boolean };

export type RevokeSurveyLinkMutationVariables = Exact<{
  id: string;
  institution: string;
}>;


export type RevokeSurveyLinkMutation = { revokeSurveyLink: boolean };

export type ResolveSurveyProposalMutationVariables = Exact<{
  id: string;
  proposal: string;
  decision: SurveyProposalDecision;
  institution?: string | null | undefined;
}>;


export type ResolveSurveyProposalMutation = { resolveSurveyProposal: { id: string, status: string } };

export type AcceptSurveyResultsMutationVariables = Exact<{
  id: string;
}>;


export type AcceptSurveyResultsMutation = { acceptSurveyResults: { ties: number, collaborations: number, sources: number, pendingTies: number } };

export type CoverageGapsQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
}>;


export type CoverageGapsQuery = { coverageGaps: { missingKinds: Array<{ kind: string, expectation: Expectation, area: { teryt: string, name: string, level: AreaLevel } }>, withoutCrossSectorTie: Array<{ id: string, label: string, kind: string | null, sector: string | null, teryt: string | null, partners: number }> } };

export type AreaMissingPartnersQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
  sourcedOnly?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type AreaMissingPartnersQuery = { missingPartners: { candidates: Array<{ score: number, forInstitution: { id: string, label: string, kind: string | null, sector: string | null, teryt: string | null }, institution: { id: string, label: string, kind: string | null, sector: string | null, teryt: string | null }, parts: { sector: number, pairing: number, commonPartners: number, proximity: number }, reasons: Array<{ code: ReasonCode, pl: string, en: string }> }> }, sectorMatrix: { institutions: number, ties: number, sectors: Array<{ sector: string, institutions: number }> } };

export type InstitutionSeatsQueryVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type InstitutionSeatsQuery = { institutions: Array<{ id: string, area: Array<{ teryt: string }> }> };

export type MeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresQuery = { measures: Array<{ id: string, scope: MeasureScope, nodeMetric: boolean, pl: string, en: string, meaningPl: string, meaningEn: string, whenZeroPl: string, whenZeroEn: string }> };

export type AreaMeasuresQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
  sourcedOnly?: boolean | null | undefined;
}>;


export type AreaMeasuresQuery = { nodeMetrics: { ids: Array<string>, metrics: Array<{ id: string, values: Array<number | null> }> }, brokers: { communities: Array<Array<string>>, ranking: Array<{ id: string, community: number, brokerage: { coordinator: number, consultant: number, representative: number, gatekeeper: number, liaison: number } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  file
  publishedOn
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const AreaFieldsFragmentDoc = new TypedDocumentString(`
    fragment AreaFields on Area {
  teryt
  name
  level
}
    `, {"fragmentName":"AreaFields"}) as unknown as TypedDocumentString<AreaFieldsFragment, unknown>;
export const BoundaryBoundFragmentDoc = new TypedDocumentString(`
    fragment BoundaryBound on NetworkBoundary {
  maxMembers
  cut {
    id
    label
    type
    members
    inside
  }
}
    `, {"fragmentName":"BoundaryBound"}) as unknown as TypedDocumentString<BoundaryBoundFragment, unknown>;
export const NetworkFieldsFragmentDoc = new TypedDocumentString(`
    fragment NetworkFields on Network {
  area {
    teryt
    name
    level
  }
  compactNodes {
    id
    label
    type
    types
    sector
    sectors
    kind
    kinds
    outside
  }
  compactEdges {
    sourceRuns
    target
    weight
    kinds
    tieKinds
    sourcedRuns
    periodCounts
    periodStart
    periodEnd
    dates
  }
  boundary {
    ...BoundaryBound
  }
}
    fragment BoundaryBound on NetworkBoundary {
  maxMembers
  cut {
    id
    label
    type
    members
    inside
  }
}`, {"fragmentName":"NetworkFields"}) as unknown as TypedDocumentString<NetworkFieldsFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceFields on AffiliationProvenance {
  id
  type
  label
  kind
  start
  end
  datePrecision
  sources {
    id
    title
    publisher
    url
    file
    publishedOn
    quote
  }
  members {
    id
    name
    role
    asWritten
    identifiedBy
  }
}
    `, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyFields on Survey {
  id
  title
  questionSet
  status
  opensOn
  closesOn
  createdAt
  acceptedAt
  area {
    teryt
    name
    level
  }
  partnership {
    id
    name
  }
  roster {
    institutionId
    name
    kind
    status
    link
    submittedAt
    partners
  }
}
    `, {"fragmentName":"SurveyFields"}) as unknown as TypedDocumentString<SurveyFieldsFragment, unknown>;
export const SurveyInstitutionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyInstitutionFields on SurveyInstitution {
  id
  name
  kind
  gmina
  gminaName
  rostered
}
    `, {"fragmentName":"SurveyInstitutionFields"}) as unknown as TypedDocumentString<SurveyInstitutionFieldsFragment, unknown>;
export const SectorMatrixDocument = new TypedDocumentString(`
    query SectorMatrix($teryt: String!, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!], $sourcedOnly: Boolean) {
  sectorMatrix(
    teryt: $teryt
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
  ) {
    institutions
    ties
    sectors {
      sector
      institutions
    }
    blocks {
      from
      to
      ties
      possible
      density
    }
    ei {
      internal
      external
      ei
    }
    sectorEi {
      sector
      ei
    }
    boundary {
      ties
      partners
      sectors {
        sector
        ties
        partners
      }
      bound {
        ...BoundaryBound
      }
    }
  }
}
    fragment BoundaryBound on NetworkBoundary {
  maxMembers
  cut {
    id
    label
    type
    members
    inside
  }
}`) as unknown as TypedDocumentString<SectorMatrixQuery, SectorMatrixQueryVariables>;
export const BrokersDocument = new TypedDocumentString(`
    query Brokers($teryt: String!, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!], $sourcedOnly: Boolean, $limit: Int) {
  brokers(
    teryt: $teryt
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
    limit: $limit
  ) {
    institutions
    ties
    isolates
    components
    communities
    ranking {
      rank
      id
      label
      sector
      degree
      betweenness
      betweennessNormalized
      brokerage {
        coordinator
        consultant
        gatekeeper
        liaison
        crossSector
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrokersQuery, BrokersQueryVariables>;
export const AreasWithDataDocument = new TypedDocumentString(`
    query AreasWithData {
  areasWithData {
    teryt
    name
    level
  }
}
    `) as unknown as TypedDocumentString<AreasWithDataQuery, AreasWithDataQueryVariables>;
export const AreaByTerytDocument = new TypedDocumentString(`
    query AreaByTeryt($teryt: String!) {
  areas(where: {teryt: {eq: $teryt}}, limit: 1) {
    teryt
    name
    level
  }
}
    `) as unknown as TypedDocumentString<AreaByTerytQuery, AreaByTerytQueryVariables>;
export const InstitutionDetailsDocument = new TypedDocumentString(`
    query InstitutionDetails($id: ID!) {
  institutions(where: {id: {eq: $id}}) {
    id
    name
    shortName
    kind
    legalForm
    krs
    regon
    nip
    website
    email
    phone
    address
    founded
    lat
    lon
    sector {
      code
    }
    area {
      ...AreaFields
      parent {
        ...AreaFields
        parent {
          ...AreaFields
        }
      }
    }
    partnershipsConnection {
      edges {
        properties {
          role
          since
          until
        }
        node {
          id
          name
          signedOn
          endedOn
          goal
          sourcesConnection {
            edges {
              properties {
                quote
              }
              node {
                ...SourceFields
              }
            }
          }
        }
      }
    }
    collaborationsConnection {
      edges {
        properties {
          role
        }
        node {
          id
          title
          kind
          startedOn
          endedOn
          programme
          amountPln
          sourcesConnection {
            edges {
              properties {
                quote
              }
              node {
                ...SourceFields
              }
            }
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  file
  publishedOn
}
fragment AreaFields on Area {
  teryt
  name
  level
}`) as unknown as TypedDocumentString<InstitutionDetailsQuery, InstitutionDetailsQueryVariables>;
export const AffiliationDetailsDocument = new TypedDocumentString(`
    query AffiliationDetails($id: ID!) {
  partnerships(where: {id: {eq: $id}}) {
    id
    name
    signedOn
    endedOn
    goal
    membersDeclared
    unsourced
    membersConnection {
      edges {
        properties {
          role
          since
          until
        }
        node {
          id
          name
          kind
        }
      }
    }
    sourcesConnection {
      edges {
        properties {
          quote
        }
        node {
          ...SourceFields
        }
      }
    }
  }
  collaborations(where: {id: {eq: $id}}) {
    id
    title
    kind
    startedOn
    endedOn
    programme
    amountPln
    unsourced
    participantsConnection {
      edges {
        properties {
          role
        }
        node {
          id
          name
          kind
        }
      }
    }
    sourcesConnection {
      edges {
        properties {
          quote
        }
        node {
          ...SourceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  file
  publishedOn
}`) as unknown as TypedDocumentString<AffiliationDetailsQuery, AffiliationDetailsQueryVariables>;
export const CreateInstitutionDocument = new TypedDocumentString(`
    mutation CreateInstitution($input: [InstitutionCreateInput!]!) {
  createInstitutions(input: $input) {
    institutions {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const UpdateInstitutionDocument = new TypedDocumentString(`
    mutation UpdateInstitution($id: ID!, $update: InstitutionUpdateInput!) {
  updateInstitutions(where: {id: {eq: $id}}, update: $update) {
    institutions {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const CreatePartnershipDocument = new TypedDocumentString(`
    mutation CreatePartnership($input: [PartnershipCreateInput!]!) {
  createPartnerships(input: $input) {
    partnerships {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const CreateCollaborationDocument = new TypedDocumentString(`
    mutation CreateCollaboration($input: [CollaborationCreateInput!]!) {
  createCollaborations(input: $input) {
    collaborations {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCollaborationMutation, CreateCollaborationMutationVariables>;
export const EditableAreasDocument = new TypedDocumentString(`
    query EditableAreas($where: AreaWhere) {
  areas(where: $where, sort: [{teryt: ASC}]) {
    teryt
    name
    level
  }
}
    `) as unknown as TypedDocumentString<EditableAreasQuery, EditableAreasQueryVariables>;
export const UpdatePartnershipDocument = new TypedDocumentString(`
    mutation UpdatePartnership($id: ID!, $update: PartnershipUpdateInput!) {
  updatePartnerships(where: {id: {eq: $id}}, update: $update) {
    partnerships {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const UpdateCollaborationDocument = new TypedDocumentString(`
    mutation UpdateCollaboration($id: ID!, $update: CollaborationUpdateInput!) {
  updateCollaborations(where: {id: {eq: $id}}, update: $update) {
    collaborations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCollaborationMutation, UpdateCollaborationMutationVariables>;
export const MissingPartnersDocument = new TypedDocumentString(`
    query MissingPartners($institutionId: ID!, $area: String, $limit: Int, $asOf: String) {
  missingPartners(
    institutionId: $institutionId
    area: $area
    limit: $limit
    asOf: $asOf
  ) {
    gaps {
      sectors {
        sector
        partners
        status
        own
      }
    }
    candidates {
      score
      institution {
        id
        label
        kind
        sector
      }
      reasons {
        code
        pl: text(lang: PL)
        en: text(lang: EN)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissingPartnersQuery, MissingPartnersQueryVariables>;
export const AreaNetworkDocument = new TypedDocumentString(`
    query AreaNetwork($teryt: String!, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!], $sourcedOnly: Boolean) {
  areaNetwork(
    teryt: $teryt
    mode: $mode
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
  ) {
    ...NetworkFields
  }
}
    fragment NetworkFields on Network {
  area {
    teryt
    name
    level
  }
  compactNodes {
    id
    label
    type
    types
    sector
    sectors
    kind
    kinds
    outside
  }
  compactEdges {
    sourceRuns
    target
    weight
    kinds
    tieKinds
    sourcedRuns
    periodCounts
    periodStart
    periodEnd
    dates
  }
  boundary {
    ...BoundaryBound
  }
}
fragment BoundaryBound on NetworkBoundary {
  maxMembers
  cut {
    id
    label
    type
    members
    inside
  }
}`) as unknown as TypedDocumentString<AreaNetworkQuery, AreaNetworkQueryVariables>;
export const EgoNetworkDocument = new TypedDocumentString(`
    query EgoNetwork($institutionId: ID!, $depth: Int, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!], $sourcedOnly: Boolean) {
  egoNetwork(
    institutionId: $institutionId
    depth: $depth
    mode: $mode
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
  ) {
    ...NetworkFields
  }
}
    fragment NetworkFields on Network {
  area {
    teryt
    name
    level
  }
  compactNodes {
    id
    label
    type
    types
    sector
    sectors
    kind
    kinds
    outside
  }
  compactEdges {
    sourceRuns
    target
    weight
    kinds
    tieKinds
    sourcedRuns
    periodCounts
    periodStart
    periodEnd
    dates
  }
  boundary {
    ...BoundaryBound
  }
}
fragment BoundaryBound on NetworkBoundary {
  maxMembers
  cut {
    id
    label
    type
    members
    inside
  }
}`) as unknown as TypedDocumentString<EgoNetworkQuery, EgoNetworkQueryVariables>;
export const TieSourcesDocument = new TypedDocumentString(`
    query TieSources($a: ID!, $b: ID!) {
  tieSources(a: $a, b: $b) {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on AffiliationProvenance {
  id
  type
  label
  kind
  start
  end
  datePrecision
  sources {
    id
    title
    publisher
    url
    file
    publishedOn
    quote
  }
  members {
    id
    name
    role
    asWritten
    identifiedBy
  }
}`) as unknown as TypedDocumentString<TieSourcesQuery, TieSourcesQueryVariables>;
export const AffiliationSourcesDocument = new TypedDocumentString(`
    query AffiliationSources($id: ID!) {
  affiliationSources(id: $id) {
    ...ProvenanceFields
  }
}
    fragment ProvenanceFields on AffiliationProvenance {
  id
  type
  label
  kind
  start
  end
  datePrecision
  sources {
    id
    title
    publisher
    url
    file
    publishedOn
    quote
  }
  members {
    id
    name
    role
    asWritten
    identifiedBy
  }
}`) as unknown as TypedDocumentString<AffiliationSourcesQuery, AffiliationSourcesQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  sources(where: {id: {eq: $id}}, limit: 1) {
    id
    title
    url
    file
  }
  sourceText(id: $id)
}
    `) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const SearchInstitutionsDocument = new TypedDocumentString(`
    query SearchInstitutions($phrase: String!, $first: Int) {
  institutionsByName(phrase: $phrase, first: $first, sort: [{score: DESC}]) {
    edges {
      score
      node {
        id
        name
        shortName
        kind
        sector {
          code
        }
        area {
          teryt
          name
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchInstitutionsQuery, SearchInstitutionsQueryVariables>;
export const DataSummaryDocument = new TypedDocumentString(`
    query DataSummary {
  dataSummary {
    institutions
    partnerships
    collaborations
    ties
    sources
    areasWithData
    newestDate
  }
}
    `) as unknown as TypedDocumentString<DataSummaryQuery, DataSummaryQueryVariables>;
export const SurveysDocument = new TypedDocumentString(`
    query Surveys {
  surveys {
    ...SurveyFields
  }
}
    fragment SurveyFields on Survey {
  id
  title
  questionSet
  status
  opensOn
  closesOn
  createdAt
  acceptedAt
  area {
    teryt
    name
    level
  }
  partnership {
    id
    name
  }
  roster {
    institutionId
    name
    kind
    status
    link
    submittedAt
    partners
  }
}`) as unknown as TypedDocumentString<SurveysQuery, SurveysQueryVariables>;
export const SurveyResultsDocument = new TypedDocumentString(`
    query SurveyResults($id: ID!) {
  surveyResults(id: $id) {
    survey {
      ...SurveyFields
    }
    rostered
    submitted
    inProgress
    responseRate
    notAnswered {
      institutionId
      name
      status
    }
    mutualPairs
    oneSidedPairs
    reciprocity
    density
    components
    isolates
    pendingTies
    pairs {
      a
      b
      reportedBy
      mutual
      awaiting
    }
    nodes {
      id
      label
      kind
      sector
      responded
      inDegree
      outDegree
      mutual
      meanValueIn
      meanTrustIn
      betweenness
    }
    lacking {
      institutionId
      name
      text
    }
    proposals {
      id
      name
      kind
      gmina
      gminaName
      status
      institutionId
      proposedByName
      matches {
        ...SurveyInstitutionFields
      }
    }
  }
}
    fragment SurveyFields on Survey {
  id
  title
  questionSet
  status
  opensOn
  closesOn
  createdAt
  acceptedAt
  area {
    teryt
    name
    level
  }
  partnership {
    id
    name
  }
  roster {
    institutionId
    name
    kind
    status
    link
    submittedAt
    partners
  }
}
fragment SurveyInstitutionFields on SurveyInstitution {
  id
  name
  kind
  gmina
  gminaName
  rostered
}`) as unknown as TypedDocumentString<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyInstitutionsDocument = new TypedDocumentString(`
    query SurveyInstitutions($id: ID!, $search: String!) {
  surveyInstitutions(id: $id, search: $search) {
    ...SurveyInstitutionFields
  }
}
    fragment SurveyInstitutionFields on SurveyInstitution {
  id
  name
  kind
  gmina
  gminaName
  rostered
}`) as unknown as TypedDocumentString<SurveyInstitutionsQuery, SurveyInstitutionsQueryVariables>;
export const SurveyPartnershipsDocument = new TypedDocumentString(`
    query SurveyPartnerships($search: String!) {
  surveyPartnerships(search: $search) {
    id
    name
    areas {
      teryt
      name
      level
    }
    members {
      id
      name
      kind
      seat
      inRegion
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyPartnershipsQuery, SurveyPartnershipsQueryVariables>;
export const AddSurveyRespondentsDocument = new TypedDocumentString(`
    mutation AddSurveyRespondents($id: ID!, $institutions: [ID!]!) {
  addSurveyRespondents(id: $id, institutions: $institutions) {
    survey {
      id
    }
    links {
      institutionId
      name
      link
    }
  }
}
    `) as unknown as TypedDocumentString<AddSurveyRespondentsMutation, AddSurveyRespondentsMutationVariables>;
export const RemoveSurveyRespondentsDocument = new TypedDocumentString(`
    mutation RemoveSurveyRespondents($id: ID!, $institutions: [ID!]!) {
  removeSurveyRespondents(id: $id, institutions: $institutions) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveSurveyRespondentsMutation, RemoveSurveyRespondentsMutationVariables>;
export const CreateSurveyDocument = new TypedDocumentString(`
    mutation CreateSurvey($input: SurveyInput!) {
  createSurvey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const OpenSurveyDocument = new TypedDocumentString(`
    mutation OpenSurvey($id: ID!) {
  openSurvey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = new TypedDocumentString(`
    mutation CloseSurvey($id: ID!) {
  closeSurvey(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const DeleteSurveyDocument = new TypedDocumentString(`
    mutation DeleteSurvey($id: ID!) {
  deleteSurvey(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSurveyMutation, DeleteSurveyMutationVariables>;
export const RevokeSurveyLinkDocument = new TypedDocumentString(`
    mutation RevokeSurveyLink($id: ID!, $institution: ID!) {
  revokeSurveyLink(id: $id, institution: $institution)
}
    `) as unknown as TypedDocumentString<RevokeSurveyLinkMutation, RevokeSurveyLinkMutationVariables>;
export const ResolveSurveyProposalDocument = new TypedDocumentString(`
    mutation ResolveSurveyProposal($id: ID!, $proposal: ID!, $decision: SurveyProposalDecision!, $institution: ID) {
  resolveSurveyProposal(
    id: $id
    proposal: $proposal
    decision: $decision
    institution: $institution
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveSurveyProposalMutation, ResolveSurveyProposalMutationVariables>;
export const AcceptSurveyResultsDocument = new TypedDocumentString(`
    mutation AcceptSurveyResults($id: ID!) {
  acceptSurveyResults(id: $id) {
    ties
    collaborations
    sources
    pendingTies
  }
}
    `) as unknown as TypedDocumentString<AcceptSurveyResultsMutation, AcceptSurveyResultsMutationVariables>;
export const CoverageGapsDocument = new TypedDocumentString(`
    query CoverageGaps($teryt: String!, $asOf: String) {
  coverageGaps(teryt: $teryt, asOf: $asOf) {
    missingKinds {
      area {
        teryt
        name
        level
      }
      kind
      expectation
    }
    withoutCrossSectorTie {
      id
      label
      kind
      sector
      teryt
      partners
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageGapsQuery, CoverageGapsQueryVariables>;
export const AreaMissingPartnersDocument = new TypedDocumentString(`
    query AreaMissingPartners($teryt: String!, $asOf: String, $sourcedOnly: Boolean, $limit: Int) {
  missingPartners(
    teryt: $teryt
    asOf: $asOf
    sourcedOnly: $sourcedOnly
    limit: $limit
  ) {
    candidates {
      forInstitution {
        id
        label
        kind
        sector
        teryt
      }
      institution {
        id
        label
        kind
        sector
        teryt
      }
      score
      parts {
        sector
        pairing
        commonPartners
        proximity
      }
      reasons {
        code
        pl: text(lang: PL)
        en: text(lang: EN)
      }
    }
  }
  sectorMatrix(teryt: $teryt, asOf: $asOf) {
    institutions
    ties
    sectors {
      sector
      institutions
    }
  }
}
    `) as unknown as TypedDocumentString<AreaMissingPartnersQuery, AreaMissingPartnersQueryVariables>;
export const InstitutionSeatsDocument = new TypedDocumentString(`
    query InstitutionSeats($ids: [ID!]) {
  institutions(where: {id: {in: $ids}}) {
    id
    area {
      teryt
    }
  }
}
    `) as unknown as TypedDocumentString<InstitutionSeatsQuery, InstitutionSeatsQueryVariables>;
export const MeasuresDocument = new TypedDocumentString(`
    query Measures {
  measures {
    id
    scope
    nodeMetric
    pl: label(lang: PL)
    en: label(lang: EN)
    meaningPl: meaning(lang: PL)
    meaningEn: meaning(lang: EN)
    whenZeroPl: whenZero(lang: PL)
    whenZeroEn: whenZero(lang: EN)
  }
}
    `) as unknown as TypedDocumentString<MeasuresQuery, MeasuresQueryVariables>;
export const AreaMeasuresDocument = new TypedDocumentString(`
    query AreaMeasures($teryt: String!, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!], $sourcedOnly: Boolean) {
  nodeMetrics(
    teryt: $teryt
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
  ) {
    ids
    metrics {
      id
      values
    }
  }
  brokers(
    teryt: $teryt
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
    sourcedOnly: $sourcedOnly
    limit: null
  ) {
    communities
    ranking {
      id
      brokerage {
        coordinator
        consultant
        representative
        gatekeeper
        liaison
      }
      community
    }
  }
}
    `) as unknown as TypedDocumentString<AreaMeasuresQuery, AreaMeasuresQueryVariables>;