// For coverage gaps: each partnership or collaboration of the institutions in $ids, with those of
// them in it as of $asOf (`holders`: [id, start, end]) and the sectors of its members then with
// their periods (`sectors`: distinct [sector, start, end], each member's first sector; null for a
// member without one). An institution has a cross-sector partner exactly when one of its
// affiliations holds a sector other than its own whose period overlaps its own (the caller checks
// by domain/src/time.ts), so member pairs never have to be walked: the work is the
// affiliations' sizes, not their squares. Periods by cypher/fragments/time.cypher.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH iid, x, @start(r, x) AS s, @end(r, x) AS e
WHERE @currentOn(s, e)
WITH x, collect(DISTINCT [iid, toString(s), toString(e)]) AS holders
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WITH x, holders, p, @start(q, x) AS s, @end(q, x) AS e
WHERE ($asOf IS NULL OR coalesce(p.founded <= date($asOf), true)) AND @currentOn(s, e)
WITH x, holders, head([(p)-[:IN_SECTOR]->(sector:Sector) | sector.code]) AS sector, toString(s) AS s, toString(e) AS e
RETURN holders, collect(DISTINCT [sector, s, e]) AS sectors
