// Every institution located in the area or in any area below it (woj. → powiat → gmina).
MATCH (area:Area {teryt: $teryt})
MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(area)
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
RETURN DISTINCT i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector
ORDER BY id
