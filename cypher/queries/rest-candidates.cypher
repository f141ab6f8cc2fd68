// Institutions of the voivodeship outside the ego's powiat ($near; null: none) that belong to one of
// $sectors or are of one of $kinds: the only groups whose score can still reach the best candidates
// found nearby (server/src/analytics/missing-partners/rest-groups.ts). Reached from the Sector node and the kind
// index, so the cost follows the groups asked for, not the size of the voivodeship; the caller
// takes rest-candidates-scan.cypher instead when the groups are larger than the voivodeship.
CALL () {
  UNWIND $sectors AS code
  MATCH (:Sector {code: code})<-[:IN_SECTOR]-(i:Institution)
  RETURN i
  UNION
  UNWIND $kinds AS kind
  MATCH (i:Institution {kind: kind})
  RETURN i
}
MATCH (i)-[:LOCATED_IN]->(a:Area)
WHERE a.teryt STARTS WITH $voivodeship
  AND ($near IS NULL OR NOT a.teryt STARTS WITH $near)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH i, a, head(collect(s.code)) AS sector
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector, a.teryt AS teryt
