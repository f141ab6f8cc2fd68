// The members of the given partnerships and collaborations that are seated outside the area
// (the area's boundary: partners outside it tied to institutions inside), with the same filters
// as area-institutions (and, for exports, their seat and founding date). Their memberships, with their dates, are read by
// institution-affiliation-groups like any other institution's.
UNWIND $affiliations AS aid
CALL (aid) {
  MATCH (m:Institution)-[:MEMBER_OF]->(:Partnership {id: aid})
  RETURN m
  UNION
  MATCH (m:Institution)-[:TAKES_PART]->(:Collaboration {id: aid})
  RETURN m
}
WITH DISTINCT m AS i
WHERE ($kinds IS NULL OR i.kind IN $kinds)
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
  AND NOT EXISTS { MATCH (i)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(:Area {teryt: $teryt}) }
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(seat:Area)
WITH DISTINCT i, s, seat
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector, seat.teryt AS area,
       toString(i.founded) AS start
ORDER BY id
