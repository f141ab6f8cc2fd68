// A survey with its responses, answers and proposals. Ties already accepted into the map stay:
// they are data now, citing their own sources.
MATCH (s:Survey {id: $id})
OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)
OPTIONAL MATCH (r)-[:PROPOSES]->(pp:ProposedPartner)
WITH s, collect(DISTINCT r) AS responses, collect(DISTINCT pp) AS proposals
FOREACH (n IN proposals | DETACH DELETE n)
FOREACH (n IN responses | DETACH DELETE n)
DETACH DELETE s
RETURN 1 AS deleted
