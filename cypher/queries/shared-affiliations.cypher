// The partnerships and collaborations that tie two institutions: those both belong to at the same
// time (time.cypher's overlap; a pair whose memberships never overlapped is not tied by it), with a
// flag per institution telling whether it exists at all.
OPTIONAL MATCH (a:Institution {id: $a})
OPTIONAL MATCH (b:Institution {id: $b})
OPTIONAL MATCH (a)-[ra:MEMBER_OF|TAKES_PART]->(x)<-[rb:MEMBER_OF|TAKES_PART]-(b)
WHERE (x:Partnership OR x:Collaboration)
  AND @overlap(@start(ra, x), @end(ra, x), @start(rb, x), @end(rb, x))
RETURN a IS NOT NULL AS aExists, b IS NOT NULL AS bExists, collect(DISTINCT x.id) AS ids
