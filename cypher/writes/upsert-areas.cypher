// Rows come parents first, so each PART_OF finds its parent. Real areas carry no synthetic flag.
UNWIND $rows AS row
MERGE (a:Area {teryt: row.teryt})
SET a.name = row.name, a.level = row.level, a.synthetic = row.synthetic
WITH a, row
WHERE row.parent IS NOT NULL
MATCH (p:Area {teryt: row.parent})
MERGE (a)-[:PART_OF]->(p)
