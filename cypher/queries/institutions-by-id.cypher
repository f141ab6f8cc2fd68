// Network rows (id, label, kind, primary sector) of the given institutions.
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
OPTIONAL MATCH (i)-[:IN_SECTOR]->(s:Sector)
WITH i, min(s.code) AS sector
RETURN i.id AS id, i.name AS label, i.kind AS kind, sector
ORDER BY id
