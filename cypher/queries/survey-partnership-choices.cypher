// Partnerships a survey may cover, for a caller of $regions (null: all): those whose folded name
// holds $search ('' for any) and that cover an area of the regions or have a member seated there;
// at most $limit, by name, each with its covered areas and its members' seats (read only for
// those few).
MATCH (p:Partnership)
WHERE ($search = '' OR @folded(p.name) CONTAINS $search)
  AND ($regions IS NULL
    OR EXISTS { (p)-[:COVERS]->(a:Area) WHERE any(r IN $regions WHERE a.teryt STARTS WITH r) }
    OR EXISTS { (p)<-[:MEMBER_OF]-(:Institution)-[:LOCATED_IN]->(a:Area) WHERE any(r IN $regions WHERE a.teryt STARTS WITH r) })
WITH p ORDER BY p.name, p.id LIMIT toInteger($limit)
CALL (p) {
  OPTIONAL MATCH (p)-[:COVERS]->(a:Area)
  RETURN collect(a {.teryt, .name, .level}) AS areas
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MEMBER_OF]-(m:Institution)
  OPTIONAL MATCH (m)-[:LOCATED_IN]->(seat:Area)
  WITH m, head(collect(seat.teryt)) AS seat
  ORDER BY m.name
  RETURN collect(CASE WHEN m IS NULL THEN NULL ELSE {id: m.id, name: m.name, kind: m.kind, seat: seat} END) AS members
}
RETURN p.id AS id, p.name AS name, areas, members
ORDER BY p.name, p.id
