// Every institution located in the area or in any area below it (woj. → powiat → gmina),
// optionally only some kinds/sectors, and only those founded by $asOf (undated ones always count).
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(area)
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH DISTINCT i, s
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector
ORDER BY id
