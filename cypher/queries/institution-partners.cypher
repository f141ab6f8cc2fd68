// The partners of each given institution, wherever they are located: every institution sharing a
// partnership or collaboration with it while both were in it (their periods overlap), and how
// many (the tie weight). With $asOf, both memberships must be current on that date and the partner
// founded by then; periods by the time model (cypher/fragments/time.cypher).
// `meet`: the size of the largest affiliation the two share (all its members, any date), a lower
// bound of the partner's reach (partner-reach.cypher) that costs nothing here.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH i, iid, x, @start(r, x) AS s1, @end(r, x) AS e1
WHERE @currentOn(s1, e1)
WITH i, x, s1, e1, COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() } AS size
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> i AND ($asOf IS NULL OR coalesce(p.founded <= date($asOf), true))
  AND @currentOn(@start(q, x), @end(q, x)) AND @overlap(s1, e1, @start(q, x), @end(q, x))
WITH i, p, count(DISTINCT x) AS weight, max(size) AS meet
OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(a:Area)
WITH i, p, weight, meet, head(collect(s.code)) AS sector, head(collect(a.teryt)) AS teryt
RETURN i.id AS focal, p.id AS id, p.name AS label, p.kind AS kind, sector, teryt, weight, meet
