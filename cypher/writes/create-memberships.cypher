// The CREATE path of upsert-memberships (bulk-load.ts): each group is one institution's rows. An
// institution with no MEMBER_OF yet cannot hold any of these pairs, so they are created without
// MERGE; the others come back in `existing` for upsert-memberships in the same transaction.
UNWIND $groups AS g
OPTIONAL MATCH (i:Institution {id: g.key})
WITH g, i, i IS NOT NULL AND NOT EXISTS { (i)-[:MEMBER_OF]->() } AS fresh
CALL (g, i, fresh) {
  WITH g, i WHERE fresh
  UNWIND g.rows AS row
  MATCH (p:Partnership {id: row.partnership})
  CREATE (i)-[m:MEMBER_OF]->(p)
  SET m.role = row.role, m.since = date(row.since), m.until = date(row.until),
      m.asWritten = row.asWritten, m.identifiedBy = row.identifiedBy
  RETURN count(m) AS created
}
RETURN sum(created) AS written, collect(CASE WHEN i IS NOT NULL AND NOT fresh THEN g.key END) AS existing
