// DOCUMENTED_BY from a partnership or collaboration (by id) to its source, with a short quote.
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
CALL (row) {
  MATCH (x:Partnership {id: row.subject}) RETURN x
  UNION
  MATCH (x:Collaboration {id: row.subject}) RETURN x
}
MERGE (x)-[d:DOCUMENTED_BY]->(s)
SET d.quote = row.quote
RETURN count(d) AS written
