// The open answer and, when $submit, the moment the respondent said they are done (they may
// still change their answers until the survey closes).
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
SET r.updatedAt = $now, r.startedAt = coalesce(r.startedAt, $now),
  r.lacking = CASE WHEN $setLacking THEN $lacking ELSE r.lacking END,
  r.submittedAt = CASE WHEN $submit THEN $now ELSE r.submittedAt END
RETURN r.id AS response
