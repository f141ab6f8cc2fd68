// Institutions that share a partnership or collaboration with any of $ids, under the same filters
// as areaNetwork: both memberships' periods overlap (cypher/fragments/time.cypher) and are current on
// $asOf, the tie kind in $tieKinds, the neighbour of one of $kinds / $sectors and founded by $asOf;
// with $sourcedOnly, the affiliation cites a source. Nulls mean "no filter".
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r1:MEMBER_OF|TAKES_PART]->(x)<-[r2:MEMBER_OF|TAKES_PART]-(j:Institution)
WHERE (x:Partnership OR x:Collaboration) AND j <> i AND NOT j.id IN $ids
WITH x, j,
     CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE x.kind END AS tieKind,
     @start(r1, x) AS s1, @end(r1, x) AS e1, @start(r2, x) AS s2, @end(r2, x) AS e2
WHERE ($tieKinds IS NULL OR tieKind IN $tieKinds)
  AND @currentOn(s1, e1) AND @currentOn(s2, e2) AND @overlap(s1, e1, s2, e2)
  AND ($kinds IS NULL OR j.kind IN $kinds)
  AND ($asOf IS NULL OR j.founded IS NULL OR j.founded <= date($asOf))
  AND (NOT coalesce($sourcedOnly, false) OR EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) })
OPTIONAL MATCH (j)-[:IN_SECTOR]->(s:Sector)
WITH DISTINCT j, s
WHERE $sectors IS NULL OR s.code IN $sectors
RETURN DISTINCT j.id AS id
ORDER BY id
