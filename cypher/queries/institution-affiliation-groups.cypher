// The partnerships and collaborations of the given institutions, one row per affiliation with its
// memberships among them ([institution id, start, end]): a tie exists from its start to its end
// (open ends and unknown dates count as "always"). One row per affiliation, not per membership:
// the driver's cost is per record, and a one-mode view needs only affiliations with two members
// ($minMembers 2; 1 for the two-mode view). Each relationship type is expanded to its own label,
// so no row asks which label its affiliation has.
// $tieKinds: PARTNERSHIP and/or collaboration kinds; $asOf: YYYY-MM-DD or null.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
CALL (i) {
  MATCH (i)-[r:MEMBER_OF]->(x:Partnership)
  RETURN x, 'PARTNERSHIP' AS type, 'PARTNERSHIP' AS tieKind,
         coalesce(r.since, x.signedOn) AS start, coalesce(r.until, x.endedOn) AS end
  UNION ALL
  MATCH (i)-[:TAKES_PART]->(x:Collaboration)
  RETURN x, 'COLLABORATION' AS type, x.kind AS tieKind, x.startedOn AS start, x.endedOn AS end
}
WITH i, x, type, tieKind, start, end
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND ($asOf IS NULL OR ((start IS NULL OR start <= date($asOf)) AND (end IS NULL OR end >= date($asOf))))
WITH x, type, tieKind, collect([i.id, toString(start), toString(end)]) AS members
WHERE size(members) >= $minMembers
RETURN x.id AS affiliation, type, coalesce(x.name, x.title) AS label, tieKind, members
