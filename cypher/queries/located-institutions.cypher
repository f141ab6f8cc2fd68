// Every institution located in the area or below it, with the TERYT code of its own area
// (for "same gmina / powiat" comparisons); with $asOf, only those founded by then.
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(a:Area)-[:PART_OF*0..2]->(area)
WHERE $asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf)
WITH DISTINCT i, a
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH i, a, head(collect(s.code)) AS sector
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector, a.teryt AS teryt
ORDER BY id
