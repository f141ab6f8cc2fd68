// The collaborations among $ids that exist: properties (dates as text), covered areas, citations.
UNWIND $ids AS id
MATCH (x:Collaboration {id: id})
RETURN id, x {.*, startedOn: toString(x.startedOn), endedOn: toString(x.endedOn)} AS props,
       COLLECT { MATCH (x)-[:COVERS]->(a:Area) RETURN a.teryt } AS covers,
       COLLECT { MATCH (x)<-[:TAKES_PART]-(:Institution)-[:LOCATED_IN]->(a:Area) RETURN DISTINCT a.teryt } AS memberSeats,
       COLLECT { MATCH (x)-[d:DOCUMENTED_BY]->(s:Source) RETURN {source: s.id, quote: d.quote} } AS citations
