// The areas among $codes that exist, with their parent (import: TERYT codes must exist).
UNWIND $codes AS code
MATCH (a:Area {teryt: code})
OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
RETURN a.teryt AS teryt, a.name AS name, a.level AS level, p.teryt AS parent
