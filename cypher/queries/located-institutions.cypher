// Every institution located in the area or below it, with the TERYT code of its own area
// (for "same gmina / powiat" comparisons); with $asOf, only those founded by then. Unordered, and
// an institution with two sectors comes twice: the caller keeps the first (this stays a plain
// index-backed expansion, ~20k rows for a voivodeship at national scale).
MATCH (:Area {teryt: $teryt})<-[:PART_OF*0..2]-(a:Area)<-[:LOCATED_IN]-(i:Institution)
WHERE $asOf IS NULL OR i.founded IS NULL OR i.founded <= date($asOf)
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector, a.teryt AS teryt
