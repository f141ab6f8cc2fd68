// One row per shared affiliation of an institution in $ids with a later-id institution, with both
// memberships' dates (as institution-affiliations dates them): the one-mode ties of an export,
// read a slice of institutions at a time and sorted, so they can be folded one tie at a time.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r1:MEMBER_OF|TAKES_PART]->(x)<-[r2:MEMBER_OF|TAKES_PART]-(j:Institution)
WHERE (x:Partnership OR x:Collaboration) AND j.id > iid
WITH iid, j.id AS jid, x,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind,
     CASE WHEN x:Partnership THEN coalesce(r1.since, x.signedOn) ELSE x.startedOn END AS s1,
     CASE WHEN x:Partnership THEN coalesce(r1.until, x.endedOn) ELSE x.endedOn END AS e1,
     CASE WHEN x:Partnership THEN coalesce(r2.since, x.signedOn) ELSE x.startedOn END AS s2,
     CASE WHEN x:Partnership THEN coalesce(r2.until, x.endedOn) ELSE x.endedOn END AS e2
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND ($asOf IS NULL OR ((s1 IS NULL OR s1 <= date($asOf)) AND (e1 IS NULL OR e1 >= date($asOf))
                     AND (s2 IS NULL OR s2 <= date($asOf)) AND (e2 IS NULL OR e2 >= date($asOf))))
RETURN iid AS source, jid AS target, tieKind, toString(s1) AS start1, toString(e1) AS end1,
       toString(s2) AS start2, toString(e2) AS end2
ORDER BY source, target, x.id
