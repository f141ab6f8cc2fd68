UNWIND $rows AS row
MATCH (i:Institution {id: row.institution})
MATCH (c:Collaboration {id: row.collaboration})
MERGE (i)-[t:TAKES_PART]->(c)
SET t.role = row.role
RETURN count(t) AS written
