// For coverage gaps: each partnership or collaboration of the institutions in $ids, with those of
// them in it as of $asOf (`holders`) and the sectors of its members then (each member's first
// sector; none for a member without one). An institution has a cross-sector partner exactly when
// one of its affiliations holds a sector other than its own, so member pairs never have to be
// walked: the work is the affiliations' sizes, not their squares. Same date rules as
// institution-partners.cypher; keep the two in step.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE (x:Partnership OR x:Collaboration)
  AND ($asOf IS NULL
       OR CASE WHEN x:Partnership
            THEN coalesce(coalesce(r.since, x.signedOn) <= date($asOf), true)
                 AND coalesce(coalesce(r.until, x.endedOn) >= date($asOf), true)
            ELSE coalesce(x.startedOn <= date($asOf), true) AND coalesce(x.endedOn >= date($asOf), true)
          END)
WITH x, collect(DISTINCT iid) AS holders
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE $asOf IS NULL
   OR (coalesce(p.founded <= date($asOf), true)
       AND (x:Collaboration
            OR (coalesce(coalesce(q.since, x.signedOn) <= date($asOf), true)
                AND coalesce(coalesce(q.until, x.endedOn) >= date($asOf), true))))
WITH x, holders, head([(p)-[:IN_SECTOR]->(s:Sector) | s.code]) AS sector
RETURN holders, collect(DISTINCT sector) AS sectors
