// The response a token opens, if the survey takes answers today (open, between its dates).
MATCH (r:SurveyResponse {tokenHash: $hash})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
MATCH (r)-[:RESPONDENT]->(i:Institution)
RETURN r.id AS response, s.id AS survey, s.questionSet AS questionSet, i.id AS institution
