UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
SET c.title = row.title, c.kind = row.kind, c.programme = row.programme, c.amountPln = row.amountPln,
    c.startedOn = date(row.startedOn), c.endedOn = date(row.endedOn), c.synthetic = row.synthetic
