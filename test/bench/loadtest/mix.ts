/** One GraphQL operation the load test replays, as the web app (or a script) would send it. */
export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

// The explorer's own two queries (web/src/api/queries.ts), verbatim.
const AREAS_WITH_DATA = 'query AreasWithData { areasWithData { teryt name level } }';
const AREA_NETWORK = `query AreaNetwork($teryt: String!, $mode: NetworkMode) {
  areaNetwork(teryt: $teryt, mode: $mode) {
    area { teryt name level }
    nodes { id label type sector kind }
    edges { id source target weight }
  }
}`;
// A filtered list with related records: the typed reads @neo4j/graphql generates.
const INSTITUTIONS_IN = `query InstitutionsIn($voivodeship: String!, $kinds: [InstitutionKind!]) {
  institutions(
    where: { area: { some: { teryt: { startsWith: $voivodeship } } }, kind: { in: $kinds } }
    limit: 50
    sort: [{ name: ASC }]
  ) { id name kind sector { code } area { teryt name } }
}`;
const PARTNERSHIPS = `query Partnerships {
  partnerships(limit: 50, sort: [{ signedOn: DESC }]) {
    id name signedOn covers { teryt name } members { id name }
  }
}`;
const SEARCH = `query Search($phrase: String!) {
  institutionsByName(phrase: $phrase, first: 10) { edges { score node { id name } } }
}`;

/**
 * The request mix: for every area with data, its network in both modes, plus the area list, a
 * filtered institution list per voivodeship, the partnership list and a name search. Each
 * connection walks through the whole list in order, so every query gets its share.
 */
export function requestMix(
  areas: string[],
  searchTerms: string[] = ['ostrowiec', 'stowarzyszenie'],
): Operation[] {
  const voivodeships = [...new Set(areas.map((a) => a.slice(0, 2)))];
  return [
    { name: 'areasWithData', query: AREAS_WITH_DATA },
    ...areas.flatMap((teryt) => [
      { name: 'areaNetwork', query: AREA_NETWORK, variables: { teryt, mode: 'INSTITUTIONS' } },
      { name: 'areaNetwork (two-mode)', query: AREA_NETWORK, variables: { teryt, mode: 'AFFILIATIONS' } },
    ]),
    ...voivodeships.map((voivodeship) => ({
      name: 'institutions (filtered)',
      query: INSTITUTIONS_IN,
      variables: { voivodeship, kinds: ['OPS', 'PCPR', 'PUP', 'CIS', 'KIS', 'FOUNDATION', 'ASSOCIATION'] },
    })),
    { name: 'partnerships', query: PARTNERSHIPS },
    ...searchTerms.map((phrase) => ({ name: 'institutionsByName', query: SEARCH, variables: { phrase } })),
  ];
}
