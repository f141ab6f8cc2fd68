// The CREATE path of upsert-institutions (bulk-load.ts): each group is one institution's row. An id
// already in the database is not written here but returned in `existing`, and the loader writes it
// with upsert-institutions in the same transaction, so a retried batch never makes a duplicate.
UNWIND $groups AS g
OPTIONAL MATCH (old:Institution {id: g.key})
WITH g, old IS NULL AS fresh
CALL (g, fresh) {
  WITH g WHERE fresh
  UNWIND g.rows AS row
  MATCH (s:Sector {code: row.sector})
  MATCH (a:Area {teryt: row.area})
  CREATE (i:Institution {id: row.id})
  SET i += row.props, i.founded = date(row.founded)
  CREATE (i)-[:IN_SECTOR]->(s)
  CREATE (i)-[:LOCATED_IN]->(a)
  RETURN count(i) AS created
}
RETURN sum(created) AS written, collect(CASE WHEN NOT fresh THEN g.key END) AS existing
