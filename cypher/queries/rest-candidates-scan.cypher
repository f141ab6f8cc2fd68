// rest-candidates.cypher by walking the voivodeship's areas instead of the indexes: cheaper when the
// groups asked for (a large sector, a common kind) outnumber the voivodeship's institutions.
// $all: every institution outside $near, whatever its sector and kind.
MATCH (:Area {teryt: $voivodeship})<-[:PART_OF*0..2]-(a:Area)<-[:LOCATED_IN]-(i:Institution)
WHERE ($near IS NULL OR NOT a.teryt STARTS WITH $near)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH i, a, head(collect(s.code)) AS sector
WHERE $all OR sector IN $sectors OR i.kind IN $kinds
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector, a.teryt AS teryt
