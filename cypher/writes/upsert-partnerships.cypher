UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p.name = row.name, p.goal = row.goal, p.membersDeclared = row.membersDeclared,
    p.signedOn = date(row.signedOn), p.endedOn = date(row.endedOn), p.synthetic = row.synthetic
