// The partnerships and collaborations of the given institutions, one row per affiliation with its
// memberships among them ([institution id, start, end]), each membership's period by the time
// model (cypher/fragments/time.cypher): two members are tied while their periods overlap. One row per affiliation, not per membership:
// the driver's cost is per record, and a one-mode view needs only affiliations with two members
// ($minMembers 2; 1 for the two-mode view). Each relationship type is expanded to its own label,
// so no row asks which label its affiliation has.
// $tieKinds: PARTNERSHIP and/or collaboration kinds; $asOf: YYYY-MM-DD or null. `sourced`: the
// affiliation cites at least one source (else its ties are drawn as unsourced); $sourcedOnly:
// only those ("only sourced ties").
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
CALL (i) {
  MATCH (i)-[r:MEMBER_OF]->(x:Partnership)
  RETURN x, 'PARTNERSHIP' AS type, 'PARTNERSHIP' AS tieKind, @start(r, x) AS start, @end(r, x) AS end
  UNION ALL
  MATCH (i)-[r:TAKES_PART]->(x:Collaboration)
  RETURN x, 'COLLABORATION' AS type, x.kind AS tieKind, @start(r, x) AS start, @end(r, x) AS end
}
WITH i, x, type, tieKind, start, end
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds) AND @currentOn(start, end)
WITH x, type, tieKind, collect([i.id, toString(start), toString(end)]) AS members
WHERE size(members) >= $minMembers
WITH x, type, tieKind, members, EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) } AS sourced
WHERE sourced OR NOT coalesce($sourcedOnly, false)
RETURN x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind, members, sourced
