// Whether the survey of a response takes answers today.
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
RETURN r.id AS response
