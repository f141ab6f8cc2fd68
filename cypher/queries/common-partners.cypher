// The institutions two steps from the ego through the given partners ($ids: the partners expanded
// for Adamic–Adar), grouped in the database so that only one row per such institution travels:
// its place, the common partners and each one's degree (its partners as of $asOf, the ego among
// them). Only candidates are returned: located in the voivodeship $voivodeship, neither the ego nor
// one of $tied. Same date rules as partner-ids.cypher and institution-partners.cypher.
UNWIND $ids AS zid
MATCH (z:Institution {id: zid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE (x:Partnership OR x:Collaboration)
  AND ($asOf IS NULL
       OR CASE WHEN x:Partnership
            THEN coalesce(coalesce(r.since, x.signedOn) <= date($asOf), true)
                 AND coalesce(coalesce(r.until, x.endedOn) >= date($asOf), true)
            ELSE coalesce(x.startedOn <= date($asOf), true) AND coalesce(x.endedOn >= date($asOf), true)
          END)
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> z
  AND ($asOf IS NULL
       OR (coalesce(p.founded <= date($asOf), true)
           AND (x:Collaboration
                OR (coalesce(coalesce(q.since, x.signedOn) <= date($asOf), true)
                    AND coalesce(coalesce(q.until, x.endedOn) >= date($asOf), true)))))
WITH z, collect(DISTINCT p) AS others
WITH z.id AS common, size(others) AS degree, others
UNWIND others AS p
WITH p, collect(common) AS common, collect(degree) AS degrees
WHERE p.id <> $ego AND NOT p.id IN $tied
MATCH (p)-[:LOCATED_IN]->(a:Area)
WHERE a.teryt STARTS WITH $voivodeship
OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
WITH p, a, common, degrees, head(collect(s.code)) AS sector
RETURN p.id AS id, p.name AS label, p.kind AS kind, sector, a.teryt AS teryt, common, degrees
