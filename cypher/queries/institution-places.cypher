// The given institutions that are candidates of the missing-partner finder: located in the
// voivodeship $voivodeship (and founded by $asOf), with kind, sector and the TERYT code of their area.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[:LOCATED_IN]->(a:Area)
WHERE a.teryt STARTS WITH $voivodeship
  AND ($asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf))
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH i, a, head(collect(s.code)) AS sector
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector, a.teryt AS teryt
