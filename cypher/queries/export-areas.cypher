// The exported region's area tree: the area, every area below it and the areas above it
// ($teryt null: every area), and the seats of its partners outside it ($seats) with the areas
// above them. Parents first, so an importer can write them in this order.
MATCH (a:Area)
WHERE $teryt IS NULL
   OR EXISTS { (a)-[:PART_OF*0..2]->(:Area {teryt: $teryt}) }
   OR EXISTS { (:Area {teryt: $teryt})-[:PART_OF*1..2]->(a) }
   OR EXISTS { MATCH (s:Area)-[:PART_OF*0..2]->(a) WHERE s.teryt IN $seats }
OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
RETURN a.teryt AS teryt, a.name AS name, a.level AS level, p.teryt AS parent
ORDER BY size(teryt), teryt
