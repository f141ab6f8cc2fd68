// The ties an earlier acceptance of this survey wrote, so accepting again replaces them.
MATCH (c:Collaboration {surveyId: $id})
OPTIONAL MATCH (c)-[:DOCUMENTED_BY]->(src:Source)
WITH collect(DISTINCT c) AS ties, collect(DISTINCT src) AS sources
FOREACH (n IN ties | DETACH DELETE n)
WITH sources
UNWIND sources AS src
WITH src WHERE src.surveyId = $id AND NOT EXISTS { (src)<-[:DOCUMENTED_BY]-() }
DETACH DELETE src
RETURN count(*) AS cleared
