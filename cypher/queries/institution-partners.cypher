// The partners of each given institution, wherever they are located: every institution sharing a
// partnership or collaboration with it, and how many (the tie weight). With $asOf, both
// memberships must be current on that date and the partner founded by then; the date rules are
// those of institution-affiliations.cypher (membership since/until, else the partnership's
// signedOn/endedOn; a collaboration's startedOn/endedOn; unknown dates count as "always").
// `meet`: the size of the largest affiliation the two share (all its members, any date), a lower
// bound of the partner's reach (partner-reach.cypher) that costs nothing here.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE (x:Partnership OR x:Collaboration)
  AND ($asOf IS NULL
       OR CASE WHEN x:Partnership
            THEN coalesce(coalesce(r.since, x.signedOn) <= date($asOf), true)
                 AND coalesce(coalesce(r.until, x.endedOn) >= date($asOf), true)
            ELSE coalesce(x.startedOn <= date($asOf), true) AND coalesce(x.endedOn >= date($asOf), true)
          END)
WITH i, x, COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() } AS size
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> i
  AND ($asOf IS NULL
       OR (coalesce(p.founded <= date($asOf), true)
           AND (x:Collaboration
                OR (coalesce(coalesce(q.since, x.signedOn) <= date($asOf), true)
                    AND coalesce(coalesce(q.until, x.endedOn) >= date($asOf), true)))))
WITH i, p, count(DISTINCT x) AS weight, max(size) AS meet
OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(a:Area)
WITH i, p, weight, meet, head(collect(s.code)) AS sector, head(collect(a.teryt)) AS teryt
RETURN i.id AS focal, p.id AS id, p.name AS label, p.kind AS kind, sector, teryt, weight, meet
