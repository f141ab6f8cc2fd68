// Institutions that share a partnership or collaboration with any of $ids, under the same filters
// as areaNetwork: both memberships active on $asOf, the tie kind in $tieKinds, the neighbour of
// one of $kinds / $sectors and founded by $asOf. Nulls mean "no filter".
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r1:MEMBER_OF|TAKES_PART]->(x)<-[r2:MEMBER_OF|TAKES_PART]-(j:Institution)
WHERE (x:Partnership OR x:Collaboration) AND j <> i AND NOT j.id IN $ids
WITH x, j,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind,
     CASE WHEN x:Partnership THEN [coalesce(r1.since, x.signedOn), coalesce(r2.since, x.signedOn)]
          ELSE [x.startedOn, x.startedOn] END AS starts,
     CASE WHEN x:Partnership THEN [coalesce(r1.until, x.endedOn), coalesce(r2.until, x.endedOn)]
          ELSE [x.endedOn, x.endedOn] END AS ends
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND ($asOf IS NULL OR all(k IN [0, 1] WHERE (starts[k] IS NULL OR starts[k] <= date($asOf))
                                         AND (ends[k] IS NULL OR ends[k] >= date($asOf))))
  AND ($kinds IS NULL OR j.kind IN $kinds)
  AND ($asOf IS NULL OR j.founded IS NULL OR j.founded <= date($asOf))
OPTIONAL MATCH (j)-[:IN_SECTOR]->(s:Sector)
WITH DISTINCT j, s
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN DISTINCT j.id AS id
ORDER BY id
