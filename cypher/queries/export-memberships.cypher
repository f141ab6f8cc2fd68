// The memberships of the institutions in $ids (the two-mode edges of an export), dated and
// filtered as institution-affiliations does, with the role and the affiliation's own dates;
// `sourced`: the affiliation cites a source ($sourcedOnly: only those).
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH iid, r, x,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
     @start(r, x) AS start, @end(r, x) AS end
WITH iid, r, x, type, start, end, CASE type WHEN 'PARTNERSHIP' THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds) AND @currentOn(start, end)
WITH iid, r, x, type, start, end, tieKind, EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) } AS sourced
WHERE sourced OR NOT coalesce($sourcedOnly, false)
RETURN iid AS institution, x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind, sourced,
       toString(start) AS start, toString(end) AS end, r.role AS role,
       toString(@affiliationStart(x)) AS affiliationStart, toString(@affiliationEnd(x)) AS affiliationEnd
ORDER BY institution, affiliation
