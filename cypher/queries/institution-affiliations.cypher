// The partnerships and collaborations of the given institutions, with each membership's dates:
// its period by the time model (cypher/fragments/time.cypher).
// $tieKinds: PARTNERSHIP and/or collaboration kinds; $asOf: YYYY-MM-DD or null.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH i, x,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
     @start(r, x) AS start, @end(r, x) AS end
WITH i, x, type, start, end, CASE type WHEN 'PARTNERSHIP' THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds) AND @currentOn(start, end)
RETURN i.id AS institution, x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind,
       toString(start) AS start, toString(end) AS end
ORDER BY institution, affiliation
