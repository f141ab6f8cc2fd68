// Optional keys (datePrecision, identifiedBy, unsourced) read as null when a writer leaves them out.
UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p.name = row.name, p.goal = row.goal, p.membersDeclared = row.membersDeclared,
    p.signedOn = date(row.signedOn), p.endedOn = date(row.endedOn), p.synthetic = row.synthetic,
    p.datePrecision = row.datePrecision, p.identifiedBy = row.identifiedBy,
    p.unsourced = row.unsourced
