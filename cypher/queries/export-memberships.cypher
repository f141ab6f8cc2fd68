// The memberships of the institutions in $ids (the two-mode edges of an export), dated and
// filtered as institution-affiliations does, with the role and the affiliation's own dates.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH iid, r, x,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
     CASE WHEN x:Partnership THEN coalesce(r.since, x.signedOn) ELSE x.startedOn END AS start,
     CASE WHEN x:Partnership THEN coalesce(r.until, x.endedOn) ELSE x.endedOn END AS end
WITH iid, r, x, type, start, end, CASE type WHEN 'PARTNERSHIP' THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND ($asOf IS NULL OR ((start IS NULL OR start <= date($asOf)) AND (end IS NULL OR end >= date($asOf))))
RETURN iid AS institution, x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind,
       toString(start) AS start, toString(end) AS end, r.role AS role,
       toString(coalesce(x.signedOn, x.startedOn)) AS affiliationStart, toString(x.endedOn) AS affiliationEnd
ORDER BY institution, affiliation
