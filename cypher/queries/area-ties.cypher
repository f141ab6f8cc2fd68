// One-mode ties: two institutions of the area that share partnerships or collaborations;
// weight = the number of affiliations they share.
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(area)
MATCH (i)-[:MEMBER_OF|TAKES_PART]->(x)<-[:MEMBER_OF|TAKES_PART]-(j:Institution)
WHERE i.id < j.id AND EXISTS { MATCH (j)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(area) }
RETURN i.id AS source, j.id AS target, count(DISTINCT x) AS weight
ORDER BY source, target
