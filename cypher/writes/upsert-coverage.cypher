// COVERS from a partnership or collaboration (by id) to an area it works in.
UNWIND $rows AS row
MATCH (a:Area {teryt: row.area})
CALL (row) {
  MATCH (x:Partnership {id: row.subject}) RETURN x
  UNION
  MATCH (x:Collaboration {id: row.subject}) RETURN x
}
MERGE (x)-[:COVERS]->(a)
RETURN count(a) AS written
