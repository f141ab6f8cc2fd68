// Two-mode view: the partnerships and collaborations the area's institutions belong to,
// and one edge per institution–affiliation pair.
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(area)
MATCH (i)-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
RETURN i.id AS source, x.id AS target, count(r) AS weight,
       CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
       coalesce(x.name, x.title) AS label, x.kind AS kind
ORDER BY source, target
