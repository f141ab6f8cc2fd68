// Which of the given records do NOT lie in the editor's regions ($regions: voivodeship codes), by
// the rules of server/src/graphql/access.graphql: an institution by its seat; a partnership or
// collaboration by the areas it covers or, covering none, by its members' seats; an area by
// itself. Records that do not exist (any more) are not listed.
UNWIND $institutions AS key
MATCH (n:Institution {id: key})
WHERE NOT EXISTS {
  MATCH (n)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(region:Area) WHERE region.teryt IN $regions
}
RETURN 'Institution' AS type, key
UNION ALL
UNWIND $partnerships AS key
MATCH (n:Partnership {id: key})
WITH n, key, COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a } AS covered
WITH n, key, CASE WHEN size(covered) > 0 THEN covered
  ELSE COLLECT { MATCH (n)<-[:MEMBER_OF]-(:Institution)-[:LOCATED_IN]->(a:Area) RETURN a } END AS areas
WHERE NOT any(a IN areas WHERE EXISTS {
  MATCH (a)-[:PART_OF*0..2]->(region:Area) WHERE region.teryt IN $regions
})
RETURN 'Partnership' AS type, key
UNION ALL
UNWIND $collaborations AS key
MATCH (n:Collaboration {id: key})
WITH n, key, COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a } AS covered
WITH n, key, CASE WHEN size(covered) > 0 THEN covered
  ELSE COLLECT { MATCH (n)<-[:TAKES_PART]-(:Institution)-[:LOCATED_IN]->(a:Area) RETURN a } END AS areas
WHERE NOT any(a IN areas WHERE EXISTS {
  MATCH (a)-[:PART_OF*0..2]->(region:Area) WHERE region.teryt IN $regions
})
RETURN 'Collaboration' AS type, key
UNION ALL
UNWIND $areas AS key
MATCH (n:Area {teryt: key})
WHERE NOT EXISTS { MATCH (n)-[:PART_OF*0..2]->(region:Area) WHERE region.teryt IN $regions }
RETURN 'Area' AS type, key
