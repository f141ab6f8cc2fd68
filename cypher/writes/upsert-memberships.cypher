// asWritten: the source's own words for the member; identifiedBy: pages naming it when the source does not.
UNWIND $rows AS row
MATCH (i:Institution {id: row.institution})
MATCH (p:Partnership {id: row.partnership})
MERGE (i)-[m:MEMBER_OF]->(p)
SET m.role = row.role, m.since = date(row.since), m.until = date(row.until),
    m.asWritten = row.asWritten, m.identifiedBy = row.identifiedBy
RETURN count(m) AS written
