UNWIND $rows AS row
MATCH (i:Institution {id: row.institution})
MATCH (p:Partnership {id: row.partnership})
MERGE (i)-[m:MEMBER_OF]->(p)
SET m.role = row.role, m.since = date(row.since), m.until = date(row.until)
RETURN count(m) AS written
