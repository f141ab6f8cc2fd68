// Every partnership and collaboration with its member institutions, for the in-memory affiliation
// snapshot (server/src/analytics/affiliation-snapshot.ts), one row each (`affiliation` keeps two of
// the same size apart). `size`: all its memberships, any date
// (as partner-reach.cypher counts them). Per membership, the dates between which it is current,
// by the rules of institution-partners.cypher (membership since/until, else the partnership's
// signedOn/endedOn; a collaboration's startedOn/endedOn); '' where that value is not a date,
// since Cypher then counts the membership as current (not null: collect() would drop it).
MATCH (x)
WHERE x:Partnership OR x:Collaboration
WITH x, x:Partnership AS partnership, COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() } AS size
MATCH (x)<-[r:MEMBER_OF|TAKES_PART]-(i:Institution)
WHERE i.id IS NOT NULL
WITH x, size,
     CASE WHEN partnership THEN coalesce(r.since, x.signedOn) ELSE x.startedOn END AS f,
     CASE WHEN partnership THEN coalesce(r.until, x.endedOn) ELSE x.endedOn END AS t,
     i.id AS member
RETURN elementId(x) AS affiliation, size,
       collect(member) AS members,
       collect(CASE WHEN f IS :: DATE NOT NULL THEN toString(f) ELSE '' END) AS starts,
       collect(CASE WHEN t IS :: DATE NOT NULL THEN toString(t) ELSE '' END) AS ends
