// Rows come parents first, so each PART_OF finds its parent.
UNWIND $rows AS row
MERGE (a:Area {teryt: row.teryt})
SET a.name = row.name, a.level = row.level
WITH a, row
WHERE row.parent IS NOT NULL
MATCH (p:Area {teryt: row.parent})
MERGE (a)-[:PART_OF]->(p)
