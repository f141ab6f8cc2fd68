// Takes institutions off a draft or open survey's roster: each one's response goes with its answers
// and proposals, so its link opens nothing any more. What others reported about it stays (they
// said they work with it). Nothing is removed when fewer than two would stay on the roster.
MATCH (s:Survey {id: $id})
WHERE s.status IN ['DRAFT', 'OPEN'] AND s.acceptedAt IS NULL
SET s.rosterChangedAt = $now
WITH s
WHERE COUNT { (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(i:Institution) WHERE NOT i.id IN $institutions } >= 2
MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(i:Institution)
WHERE i.id IN $institutions
OPTIONAL MATCH (r)-[:PROPOSES]->(pp:ProposedPartner)
WITH r, i, collect(pp) AS proposals
FOREACH (p IN proposals | DETACH DELETE p)
DETACH DELETE r
RETURN i.id AS institution
