// The partnerships and collaborations of the given institutions, with each membership's dates:
// a tie exists from its start to its end (open ends and unknown dates count as "always").
// $tieKinds: PARTNERSHIP and/or collaboration kinds; $asOf: YYYY-MM-DD or null.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH i, x,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
     CASE WHEN x:Partnership THEN coalesce(r.since, x.signedOn) ELSE x.startedOn END AS start,
     CASE WHEN x:Partnership THEN coalesce(r.until, x.endedOn) ELSE x.endedOn END AS end
WITH i, x, type, start, end, CASE type WHEN 'PARTNERSHIP' THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND ($asOf IS NULL OR ((start IS NULL OR start <= date($asOf)) AND (end IS NULL OR end >= date($asOf))))
RETURN i.id AS institution, x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind,
       toString(start) AS start, toString(end) AS end
ORDER BY institution, affiliation
