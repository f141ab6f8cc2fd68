// The memberships of the area's partners outside it ($ids) in the area's affiliations that reach
// outside ($affiliations), grouped per affiliation as institution-affiliation-groups groups them
// (same time model and filters). Walked from the affiliations, so a partner's other memberships
// across the country are never read.
UNWIND $affiliations AS aid
CALL (aid) {
  MATCH (i:Institution)-[r:MEMBER_OF]->(x:Partnership {id: aid})
  RETURN i, x, 'PARTNERSHIP' AS type, 'PARTNERSHIP' AS tieKind, @start(r, x) AS start, @end(r, x) AS end
  UNION ALL
  MATCH (i:Institution)-[r:TAKES_PART]->(x:Collaboration {id: aid})
  RETURN i, x, 'COLLABORATION' AS type, x.kind AS tieKind, @start(r, x) AS start, @end(r, x) AS end
}
WITH i, x, type, tieKind, start, end
WHERE i.id IN $ids AND ($tieKinds IS NULL OR tieKind IN $tieKinds) AND @currentOn(start, end)
WITH x, type, tieKind, collect([i.id, toString(start), toString(end)]) AS members
WITH x, type, tieKind, members, EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) } AS sourced
WHERE sourced OR NOT coalesce($sourcedOnly, false)
RETURN x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind, members, sourced
