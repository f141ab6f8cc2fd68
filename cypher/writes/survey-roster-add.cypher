// Puts institutions on a draft or open survey's roster, each with an empty response and a new
// link (its token hash); institutions already on the roster are skipped. Touching the survey first
// locks it, so two editors adding the same institution at once cannot give it two responses.
MATCH (s:Survey {id: $id})
WHERE s.status IN ['DRAFT', 'OPEN'] AND s.acceptedAt IS NULL
SET s.rosterChangedAt = $now
WITH s
UNWIND $links AS link
MATCH (i:Institution {id: link.institution})
WHERE NOT EXISTS { (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(i) }
CREATE (s)<-[:RESPONSE_TO]-(:SurveyResponse {id: randomUUID(), tokenHash: link.hash, tokenIssuedAt: $now})-[:RESPONDENT]->(i)
RETURN i.id AS institution, i.name AS name, i.email AS email, i.kind AS kind
