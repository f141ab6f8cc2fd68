// Optional keys (goal, datePrecision, identifiedBy, unsourced) read as null when a writer leaves them out.
UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
SET c.title = row.title, c.kind = row.kind, c.programme = row.programme, c.amountPln = row.amountPln,
    c.startedOn = date(row.startedOn), c.endedOn = date(row.endedOn), c.synthetic = row.synthetic,
    c.goal = row.goal, c.datePrecision = row.datePrecision, c.identifiedBy = row.identifiedBy,
    c.unsourced = row.unsourced
