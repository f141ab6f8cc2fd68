// What the database holds, for the explorer's first screen: counts, and the newest date the data
// speaks of (a source's publication, a partnership signed, a collaboration or membership begun).
CALL () { MATCH (i:Institution) RETURN count(i) AS institutions }
CALL () { MATCH (p:Partnership) RETURN count(p) AS partnerships }
CALL () { MATCH (c:Collaboration) RETURN count(c) AS collaborations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, max(s.publishedOn) AS published }
CALL () { MATCH (p:Partnership) RETURN max(p.signedOn) AS signed }
CALL () { MATCH (c:Collaboration) RETURN max(c.startedOn) AS started }
CALL () { MATCH (:Institution)-[m:MEMBER_OF]->(:Partnership) RETURN max(m.since) AS joined }
CALL () {
  MATCH (a:Area)
  WHERE EXISTS { MATCH (:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a) }
  RETURN count(a) AS areas
}
WITH institutions, partnerships, collaborations, sources, areas,
     [d IN [published, signed, started, joined] WHERE d IS NOT NULL] AS dates
RETURN institutions, partnerships, collaborations, sources, areas,
       CASE size(dates) WHEN 0 THEN null ELSE toString(reduce(m = dates[0], d IN dates | CASE WHEN d > m THEN d ELSE m END)) END AS newest
