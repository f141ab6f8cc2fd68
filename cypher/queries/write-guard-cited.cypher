// Before a write, in its transaction: the partnerships and collaborations it may take a source
// from ($keys: those it touches; $sources: the sources it touches, and so what cites them) that
// cite a source now. The guard marks those left citing none unsourced (citations.ts).
CALL {
  UNWIND $keys AS key
  MATCH (x {id: key})
  WHERE x:Partnership OR x:Collaboration
  RETURN x
  UNION
  UNWIND $sources AS key
  MATCH (:Source {id: key})<-[:DOCUMENTED_BY]-(x)
  WHERE x:Partnership OR x:Collaboration
  RETURN x
}
WITH x
WHERE EXISTS { (x)-[:DOCUMENTED_BY]->(:Source) }
RETURN x.id AS id
