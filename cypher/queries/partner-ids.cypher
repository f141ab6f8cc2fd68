// The partners of each given institution as bare ids: institution-partners.cypher without the
// weight, sector and seat (the second step of the missing-partner finder reads ~50k of these).
// Same date rules as institution-partners.cypher; keep the two in step.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE (x:Partnership OR x:Collaboration)
  AND ($asOf IS NULL
       OR CASE WHEN x:Partnership
            THEN coalesce(coalesce(r.since, x.signedOn) <= date($asOf), true)
                 AND coalesce(coalesce(r.until, x.endedOn) >= date($asOf), true)
            ELSE coalesce(x.startedOn <= date($asOf), true) AND coalesce(x.endedOn >= date($asOf), true)
          END)
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> i
  AND ($asOf IS NULL
       OR (coalesce(p.founded <= date($asOf), true)
           AND (x:Collaboration
                OR (coalesce(coalesce(q.since, x.signedOn) <= date($asOf), true)
                    AND coalesce(coalesce(q.until, x.endedOn) >= date($asOf), true)))))
RETURN DISTINCT iid AS focal, p.id AS id
