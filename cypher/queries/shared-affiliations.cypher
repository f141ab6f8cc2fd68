// The partnerships and collaborations two institutions both belong to (the tie between them),
// with a flag per institution telling whether it exists at all.
OPTIONAL MATCH (a:Institution {id: $a})
OPTIONAL MATCH (b:Institution {id: $b})
OPTIONAL MATCH (a)-[:MEMBER_OF|TAKES_PART]->(x)<-[:MEMBER_OF|TAKES_PART]-(b)
WHERE x:Partnership OR x:Collaboration
RETURN a IS NOT NULL AS aExists, b IS NOT NULL AS bExists, collect(DISTINCT x.id) AS ids
