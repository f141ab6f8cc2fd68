// One institution with its kind, sector and the TERYT code of the area it is located in.
MATCH (i:Institution {id: $id})
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(a:Area)
RETURN i.id AS id, i.name AS label, i.kind AS kind, s.code AS sector, a.teryt AS teryt
LIMIT 1
