// DOCUMENTED_BY from a partnership or collaboration (by id) to its source, with a short quote. A
// record that cites a source is not unsourced: the flag is cleared in the same write.
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
CALL (row) {
  MATCH (x:Partnership {id: row.subject}) RETURN x
  UNION
  MATCH (x:Collaboration {id: row.subject}) RETURN x
}
MERGE (x)-[d:DOCUMENTED_BY]->(s)
SET d.quote = row.quote, x.unsourced = null
RETURN count(d) AS written
