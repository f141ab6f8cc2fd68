// Every institution as the missing-partner finder sees it, for the in-memory affiliation snapshot
// (server/src/analytics/missing-partners/snapshot/affiliation-snapshot.ts): kind, sector and area as institution-place.cypher
// reads them (the first of each). `founded` as 'YYYY-MM-DD' when it is a date, 'other' when it is
// set but not a date (Cypher compares such a value with no date: the snapshot keeps that rule).
MATCH (i:Institution)
WHERE i.id IS NOT NULL
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(a:Area)
WITH i, head(collect(s.code)) AS sector, head(collect(a.teryt)) AS teryt
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector, teryt,
       CASE WHEN i.founded IS NULL THEN null
            WHEN i.founded IS :: DATE NOT NULL THEN toString(i.founded)
            ELSE 'other' END AS founded
