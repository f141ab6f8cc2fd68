// Which of the given institution ids exist, with the TERYT code of each one's seat.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
OPTIONAL MATCH (i)-[:LOCATED_IN]->(a:Area)
RETURN i.id AS id, head(collect(a.teryt)) AS seat
