/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AreaLevel =
  | 'GMINA'
  | 'POWIAT'
  | 'VOIVODESHIP';

export type CollaborationKind =
  | 'AGREEMENT'
  | 'CONTRACT'
  | 'EVENT'
  | 'OTHER'
  | 'PROJECT'
  | 'REFERRAL'
  | 'SOCIAL_CLAUSE'
  | 'STUDY_VISIT';

export type InstitutionKind =
  | 'ASSOCIATION'
  | 'CHURCH_ENTITY'
  | 'CIS'
  | 'COMPANY'
  | 'FOUNDATION'
  | 'GMINA_OFFICE'
  | 'KIS'
  | 'LGD'
  | 'MARSHAL_OFFICE'
  | 'MINISTRY'
  | 'OPS'
  | 'OTHER'
  | 'OWES'
  | 'PCPR'
  | 'POWIAT_OFFICE'
  | 'PUP'
  | 'ROPS'
  | 'SCHOOL'
  | 'SOCIAL_COOPERATIVE'
  | 'SOCIAL_ENTERPRISE'
  | 'UNIVERSITY'
  | 'WORK_COOPERATIVE'
  | 'WTZ'
  | 'ZAZ';

export type MemberRole =
  | 'INITIATOR'
  | 'LEADER'
  | 'MEMBER'
  | 'SECRETARIAT';

export type NetworkMode =
  /** two-mode: institutions and the partnerships/collaborations they belong to */
  | 'AFFILIATIONS'
  /** one-mode: institutions tied by shared partnerships/collaborations */
  | 'INSTITUTIONS';

export type NetworkNodeType =
  | 'COLLABORATION'
  | 'INSTITUTION'
  | 'PARTNERSHIP';

export type ParticipationRole =
  | 'CONTRACTOR'
  | 'FUNDER'
  | 'HOST'
  | 'LEAD'
  | 'ORGANIZER'
  | 'PARTICIPANT'
  | 'PARTNER';

export type SectorCode =
  | 'MARKET'
  | 'NGO'
  | 'PUBLIC'
  | 'SOCIAL_ECONOMY';

/** The kind of a tie: a partnership, or a collaboration of some kind. */
export type TieKind =
  | 'AGREEMENT'
  | 'CONTRACT'
  | 'EVENT'
  | 'OTHER'
  | 'PARTNERSHIP'
  | 'PROJECT'
  | 'REFERRAL'
  | 'SOCIAL_CLAUSE'
  | 'STUDY_VISIT';

export type SectorMatrixQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
}>;


export type SectorMatrixQuery = { sectorMatrix: { institutions: number, ties: number, sectors: Array<{ sector: string, institutions: number }>, blocks: Array<{ from: string, to: string, ties: number, possible: number, density: number | null }>, ei: { internal: number, external: number, ei: number | null }, sectorEi: Array<{ sector: string, ei: number | null }> } };

export type BrokersQueryVariables = Exact<{
  teryt: string;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type BrokersQuery = { brokers: { institutions: number, ties: number, isolates: Array<string>, components: Array<Array<string>>, communities: Array<Array<string>>, ranking: Array<{ rank: number, id: string, label: string, sector: string, degree: number, betweenness: number, betweennessNormalized: number, brokerage: { coordinator: number, consultant: number, gatekeeper: number, liaison: number, crossSector: number } }> } };

export type AreasWithDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AreasWithDataQuery = { areasWithData: Array<{ teryt: string, name: string, level: AreaLevel }> };

export type SourceFieldsFragment = { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null };

export type AreaFieldsFragment = { teryt: string, name: string, level: AreaLevel };

export type InstitutionDetailsQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionDetailsQuery = { institutions: Array<{ id: string, name: string, shortName: string | null, kind: InstitutionKind, legalForm: string | null, krs: string | null, regon: string | null, nip: string | null, website: string | null, email: string | null, phone: string | null, address: string | null, founded: string | null, lat: number | null, lon: number | null, sector: Array<{ code: SectorCode }>, area: Array<{ teryt: string, name: string, level: AreaLevel, parent: Array<{ teryt: string, name: string, level: AreaLevel, parent: Array<{ teryt: string, name: string, level: AreaLevel }> }> }>, partnershipsConnection: { edges: Array<{ properties: { role: MemberRole | null, since: string | null, until: string | null }, node: { id: string, name: string, signedOn: string | null, endedOn: string | null, goal: string | null, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }> } } }> }, collaborationsConnection: { edges: Array<{ properties: { role: ParticipationRole | null }, node: { id: string, title: string, kind: CollaborationKind, startedOn: string | null, endedOn: string | null, programme: string | null, amountPln: number | null, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }> } } }> } }> };

export type AffiliationDetailsQueryVariables = Exact<{
  id: string;
}>;


export type AffiliationDetailsQuery = { partnerships: Array<{ id: string, name: string, signedOn: string | null, endedOn: string | null, goal: string | null, membersDeclared: number | null, membersConnection: { edges: Array<{ properties: { role: MemberRole | null, since: string | null, until: string | null }, node: { id: string, name: string, kind: InstitutionKind } }> }, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }> } }>, collaborations: Array<{ id: string, title: string, kind: CollaborationKind, startedOn: string | null, endedOn: string | null, programme: string | null, amountPln: number | null, participantsConnection: { edges: Array<{ properties: { role: ParticipationRole | null }, node: { id: string, name: string, kind: InstitutionKind } }> }, sourcesConnection: { edges: Array<{ properties: { quote: string | null }, node: { id: string, title: string, publisher: string | null, url: string | null, publishedOn: string | null } }> } }> };

export type AreaNetworkQueryVariables = Exact<{
  teryt: string;
  mode?: NetworkMode | null | undefined;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
}>;


export type AreaNetworkQuery = { areaNetwork: { area: { teryt: string, name: string, level: AreaLevel }, nodes: Array<{ id: string, label: string, type: NetworkNodeType, sector: string | null, kind: string | null }>, edges: Array<{ id: string, source: string, target: string, weight: number, kinds: Array<TieKind>, start: string | null, end: string | null }> } };

export type EgoNetworkQueryVariables = Exact<{
  institutionId: string;
  depth?: number | null | undefined;
  mode?: NetworkMode | null | undefined;
  asOf?: string | null | undefined;
  sectors?: Array<SectorCode> | SectorCode | null | undefined;
  kinds?: Array<InstitutionKind> | InstitutionKind | null | undefined;
  tieKinds?: Array<TieKind> | TieKind | null | undefined;
}>;


export type EgoNetworkQuery = { egoNetwork: { area: { teryt: string, name: string, level: AreaLevel }, nodes: Array<{ id: string, label: string, type: NetworkNodeType, sector: string | null, kind: string | null }>, edges: Array<{ id: string, source: string, target: string, weight: number, kinds: Array<TieKind>, start: string | null, end: string | null }> } };

export type SearchInstitutionsQueryVariables = Exact<{
  phrase: string;
  first?: number | null | undefined;
}>;


export type SearchInstitutionsQuery = { institutionsByName: { edges: Array<{ score: number, node: { id: string, name: string, shortName: string | null, kind: InstitutionKind, sector: Array<{ code: SectorCode }>, area: Array<{ teryt: string, name: string, level: AreaLevel }> } }> } };

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
export const SectorMatrixDocument = new TypedDocumentString(`
    query SectorMatrix($teryt: String!, $asOf: String) {
  sectorMatrix(teryt: $teryt, asOf: $asOf) {
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
  }
}
    `) as unknown as TypedDocumentString<SectorMatrixQuery, SectorMatrixQueryVariables>;
export const BrokersDocument = new TypedDocumentString(`
    query Brokers($teryt: String!, $asOf: String, $limit: Int) {
  brokers(teryt: $teryt, asOf: $asOf, limit: $limit) {
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
  publishedOn
}`) as unknown as TypedDocumentString<AffiliationDetailsQuery, AffiliationDetailsQueryVariables>;
export const AreaNetworkDocument = new TypedDocumentString(`
    query AreaNetwork($teryt: String!, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!]) {
  areaNetwork(
    teryt: $teryt
    mode: $mode
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
  ) {
    area {
      teryt
      name
      level
    }
    nodes {
      id
      label
      type
      sector
      kind
    }
    edges {
      id
      source
      target
      weight
      kinds
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<AreaNetworkQuery, AreaNetworkQueryVariables>;
export const EgoNetworkDocument = new TypedDocumentString(`
    query EgoNetwork($institutionId: ID!, $depth: Int, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!], $kinds: [InstitutionKind!], $tieKinds: [TieKind!]) {
  egoNetwork(
    institutionId: $institutionId
    depth: $depth
    mode: $mode
    asOf: $asOf
    sectors: $sectors
    kinds: $kinds
    tieKinds: $tieKinds
  ) {
    area {
      teryt
      name
      level
    }
    nodes {
      id
      label
      type
      sector
      kind
    }
    edges {
      id
      source
      target
      weight
      kinds
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<EgoNetworkQuery, EgoNetworkQueryVariables>;
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