// Partnerships/collaborations by id with their sources (quote on DOCUMENTED_BY) and the named
// members' roles and words; $members limits the members listed (null: all of them).
UNWIND $ids AS xid
CALL (xid) {
  MATCH (x:Partnership {id: xid}) RETURN x
  UNION
  MATCH (x:Collaboration {id: xid}) RETURN x
}
CALL (x) {
  OPTIONAL MATCH (x)-[d:DOCUMENTED_BY]->(s:Source)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    id: s.id, title: s.title, publisher: s.publisher, url: s.url, file: s.file,
    publishedOn: toString(s.publishedOn), quote: d.quote
  } END) AS sources
}
CALL (x) {
  OPTIONAL MATCH (i:Institution)-[r:MEMBER_OF|TAKES_PART]->(x)
  WHERE $members IS NULL OR i.id IN $members
  RETURN collect(CASE WHEN i IS NULL THEN null ELSE {
    id: i.id, name: i.name, role: r.role, asWritten: r.asWritten, identifiedBy: r.identifiedBy
  } END) AS members
}
RETURN x.id AS id,
       CASE WHEN x:Partnership THEN 'PARTNERSHIP' ELSE 'COLLABORATION' END AS type,
       coalesce(x.name, x.title) AS label, x.kind AS kind,
       toString(@affiliationStart(x)) AS start, toString(@affiliationEnd(x)) AS end,
       x.datePrecision AS datePrecision, sources, members
