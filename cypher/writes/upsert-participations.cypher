// asWritten: the source's own words for the participant; identifiedBy: pages naming it when the source does not.
UNWIND $rows AS row
MATCH (i:Institution {id: row.institution})
MATCH (c:Collaboration {id: row.collaboration})
MERGE (i)-[t:TAKES_PART]->(c)
SET t.role = row.role, t.asWritten = row.asWritten, t.identifiedBy = row.identifiedBy
RETURN count(t) AS written
