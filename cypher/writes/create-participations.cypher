// The CREATE path of upsert-participations (bulk-load.ts): each group is one institution's rows. An
// institution with no TAKES_PART yet cannot hold any of these pairs, so they are created without
// MERGE; the others come back in `existing` for upsert-participations in the same transaction.
UNWIND $groups AS g
OPTIONAL MATCH (i:Institution {id: g.key})
WITH g, i, i IS NOT NULL AND NOT EXISTS { (i)-[:TAKES_PART]->() } AS fresh
CALL (g, i, fresh) {
  WITH g, i WHERE fresh
  UNWIND g.rows AS row
  MATCH (c:Collaboration {id: row.collaboration})
  CREATE (i)-[t:TAKES_PART]->(c)
  SET t.role = row.role, t.asWritten = row.asWritten, t.identifiedBy = row.identifiedBy
  RETURN count(t) AS created
}
RETURN sum(created) AS written, collect(CASE WHEN i IS NOT NULL AND NOT fresh THEN g.key END) AS existing
