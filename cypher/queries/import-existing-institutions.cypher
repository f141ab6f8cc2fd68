// The institutions among $ids that exist: their properties (dates as text), sector and seat.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
OPTIONAL MATCH (i)-[:LOCATED_IN]->(a:Area)
RETURN id, i {.*, founded: toString(i.founded), sector: s.code, area: a.teryt} AS props
