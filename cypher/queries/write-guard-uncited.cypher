// Of the given partnerships and collaborations (after a write, in its transaction), those that cite
// no source and were not marked unsourced: a tie must cite its document or say it has none yet.
UNWIND $keys AS key
MATCH (x {id: key})
WHERE (x:Partnership OR x:Collaboration)
  AND NOT EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) }
  AND coalesce(x.unsourced, false) = false
RETURN CASE WHEN x:Partnership THEN 'Partnership' ELSE 'Collaboration' END AS type, key
LIMIT 1
