// The institution and the area it is located in (its seat), for an ego network's header.
MATCH (i:Institution {id: $id})
OPTIONAL MATCH (i)-[:LOCATED_IN]->(a:Area)
RETURN i.id AS id, a.teryt AS teryt, a.name AS name, a.level AS level
ORDER BY size(coalesce(a.teryt, '')) DESC
LIMIT 1
