// Every partnership and collaboration with its member institutions, for the in-memory affiliation
// snapshot (server/src/analytics/missing-partners/snapshot/affiliation-snapshot.ts), one row each (`affiliation` keeps two of
// the same size apart). `size`: all its memberships, any date
// (as partner-reach.cypher counts them). Per membership, the dates between which it is current,
// by the time model (cypher/fragments/time.cypher); '' for no bound (not null: collect() would
// drop it).
MATCH (x)
WHERE x:Partnership OR x:Collaboration
WITH x, COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() } AS size
MATCH (x)<-[r:MEMBER_OF|TAKES_PART]-(i:Institution)
WHERE i.id IS NOT NULL
WITH x, size, @start(r, x) AS f, @end(r, x) AS t, i.id AS member
RETURN elementId(x) AS affiliation, size,
       collect(member) AS members,
       collect(coalesce(toString(f), '')) AS starts,
       collect(coalesce(toString(t), '')) AS ends
