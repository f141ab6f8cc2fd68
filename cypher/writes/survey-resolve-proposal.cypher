// The editor's decision on a proposed partner: accepted as the institution $institution (which
// exists, or was created in the same transaction) — the answers about it move to that institution —
// or rejected ($institution null) — the answers about it are dropped.
MATCH (s:Survey {id: $id})<-[:RESPONSE_TO]-(r:SurveyResponse)-[:PROPOSES]->(pp:ProposedPartner {id: $proposal})
WHERE pp.status = 'PENDING'
OPTIONAL MATCH (i:Institution {id: $institution})
WITH s, r, pp, i
WHERE $institution IS NULL OR i IS NOT NULL
CALL (r, pp, i) {
  MATCH (r)-[a:REPORTS]->(pp)
  CALL (r, a, i) {
    WITH i WHERE i IS NOT NULL AND NOT EXISTS { (r)-[:RESPONDENT]->(i) }
    MERGE (r)-[b:REPORTS]->(i)
    SET b = properties(a)
  }
  DELETE a
}
SET pp.status = CASE WHEN i IS NULL THEN 'REJECTED' ELSE 'ACCEPTED' END, pp.institutionId = i.id
RETURN pp.id AS id, pp.status AS status
