// Every area with its name and the areas it lies in (PART_OF, up to two levels up), for the
// in-memory affiliation snapshot (server/src/analytics/missing-partners/snapshot/affiliation-snapshot.ts).
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF*1..2]->(b:Area)
RETURN a.teryt AS teryt, a.name AS name, collect(b.teryt) AS above
