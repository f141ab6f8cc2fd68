// After a write, in its transaction, so that every tie cites a document or says plainly it has none:
// a partnership or collaboration that cited a source before the write ($cited) and cites none
// after it is marked unsourced; one the write touches ($keys, or through a source: $sources) that
// cites a source is not unsourced any more (the flag is cleared). Returns what it changed.
CALL {
  UNWIND $keys + $cited AS key
  MATCH (x {id: key})
  WHERE x:Partnership OR x:Collaboration
  RETURN x
  UNION
  UNWIND $sources AS key
  MATCH (:Source {id: key})<-[:DOCUMENTED_BY]-(x)
  WHERE x:Partnership OR x:Collaboration
  RETURN x
}
WITH x, EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) } AS cites
WHERE (cites AND x.unsourced = true)
   OR (NOT cites AND x.id IN $cited AND coalesce(x.unsourced, false) = false)
SET x.unsourced = CASE WHEN cites THEN null ELSE true END
RETURN CASE WHEN x:Partnership THEN 'Partnership' ELSE 'Collaboration' END AS type, x.id AS key,
       NOT cites AS unsourced
