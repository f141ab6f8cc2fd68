// Stores new token hashes for rostered institutions (an earlier link of each stops working).
UNWIND $links AS link
MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(i:Institution {id: link.institution})
SET r.tokenHash = link.hash, r.tokenIssuedAt = $now, r.linkRevokedAt = null
RETURN i.id AS institution, i.name AS name, i.email AS email, i.kind AS kind
