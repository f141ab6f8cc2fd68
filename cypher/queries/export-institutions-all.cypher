// Every institution in the country (export of "PL"), with the same filters as export-institutions.
MATCH (i:Institution)
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(seat:Area)
WITH DISTINCT i, s, seat
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector, seat.teryt AS area,
       toString(i.founded) AS start
ORDER BY id
