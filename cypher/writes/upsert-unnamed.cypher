// Participants a source declares without naming them, hung off their partnership or collaboration:
// they are data about the affiliation, never institutions, so they take no part in ties.
UNWIND $rows AS row
CALL (row) {
  MATCH (x:Partnership {id: row.subject}) RETURN x
  UNION
  MATCH (x:Collaboration {id: row.subject}) RETURN x
}
MERGE (u:UnnamedParticipant {id: row.id})
SET u.label = row.label, u.asWritten = row.asWritten, u.kind = row.kind, u.sector = row.sector,
    u.count = row.count, u.role = row.role
MERGE (x)-[:DECLARES]->(u)
RETURN count(u) AS written
