// The partners of each given institution, wherever they are located: every institution sharing a
// partnership or collaboration with it, and how many (the tie weight). With $asOf, both
// memberships must be current on that date and the partner founded by then; the date rules are
// those of institution-affiliations.cypher (membership since/until, else the partnership's
// signedOn/endedOn; a collaboration's startedOn/endedOn; unknown dates count as "always").
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> i AND (x:Partnership OR x:Collaboration)
  AND ($asOf IS NULL OR p.founded IS NULL OR p.founded <= date($asOf))
WITH i, p, x,
     CASE WHEN x:Partnership
       THEN [coalesce(r.since, x.signedOn), coalesce(r.until, x.endedOn),
             coalesce(q.since, x.signedOn), coalesce(q.until, x.endedOn)]
       ELSE [x.startedOn, x.endedOn, x.startedOn, x.endedOn]
     END AS d
WHERE $asOf IS NULL
   OR ((d[0] IS NULL OR d[0] <= date($asOf)) AND (d[1] IS NULL OR d[1] >= date($asOf))
       AND (d[2] IS NULL OR d[2] <= date($asOf)) AND (d[3] IS NULL OR d[3] >= date($asOf)))
WITH i, p, count(DISTINCT x) AS weight
OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(a:Area)
WITH i, p, weight, head(collect(s.code)) AS sector, head(collect(a.teryt)) AS teryt
RETURN i.id AS focal, p.id AS id, p.name AS label, p.kind AS kind, sector, teryt, weight
ORDER BY focal, id
