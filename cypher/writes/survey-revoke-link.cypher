// Forgets the token hash of one respondent's link, so the link opens nothing any more.
MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(i:Institution {id: $institution})
SET r.tokenHash = null, r.linkRevokedAt = $now
RETURN i.id AS institution
