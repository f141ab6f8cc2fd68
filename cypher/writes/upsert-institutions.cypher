// Upserts institutions with their one sector and one seat; a changed sector or seat replaces the old link.
UNWIND $rows AS row
MATCH (s:Sector {code: row.sector})
MATCH (a:Area {teryt: row.area})
MERGE (i:Institution {id: row.id})
SET i += row.props, i.founded = date(row.founded)
WITH i, row, s, a
CALL (i, s, a) {
  OPTIONAL MATCH (i)-[old:IN_SECTOR|LOCATED_IN]->(x)
  WHERE x <> s AND x <> a
  DELETE old
}
MERGE (i)-[:IN_SECTOR]->(s)
MERGE (i)-[:LOCATED_IN]->(a)
RETURN count(i) AS written
