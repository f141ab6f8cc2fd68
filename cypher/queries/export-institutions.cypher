// The institutions of an export, as area-institutions selects them (same filters), with their
// seat and founding date, ordered by id so that ties can be read in the same order.
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(seat:Area)-[:PART_OF*0..2]->(area)
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH DISTINCT i, s, seat
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector, seat.teryt AS area,
       toString(i.founded) AS start
ORDER BY id
