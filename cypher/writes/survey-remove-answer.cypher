// Drops one partner from the token's own response.
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
MATCH (r)-[a:REPORTS]->(p {id: $partner})
DELETE a
SET r.updatedAt = $now
RETURN p.id AS partner
