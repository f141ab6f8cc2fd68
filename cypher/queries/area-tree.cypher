// The area and every area below it (powiats, gminas), in TERYT order.
MATCH (area:Area {teryt: $teryt})
MATCH (a:Area)-[:PART_OF*0..2]->(area)
RETURN DISTINCT a.teryt AS teryt, a.name AS name, a.level AS level
ORDER BY teryt
