// One partner's answers in the token's own response. The partner must be on the survey's roster
// (not the respondent), a partner this response proposed, or one it already reports.
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
MATCH (r)-[:RESPONDENT]->(me:Institution)
CALL (r, s, me) {
  MATCH (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(p:Institution {id: $answer.partner})
  WHERE p <> me
  RETURN p
  UNION
  MATCH (r)-[:PROPOSES]->(p:ProposedPartner {id: $answer.partner})
  WHERE p.status = 'PENDING'
  RETURN p
  UNION
  MATCH (r)-[:REPORTS]->(p:Institution {id: $answer.partner})
  RETURN p
}
MERGE (r)-[a:REPORTS]->(p)
SET a.kinds = $answer.kinds, a.frequency = $answer.frequency, a.since = $answer.since,
  a.value = $answer.value, a.trust = $answer.trust, a.savedAt = $now,
  r.updatedAt = $now, r.startedAt = coalesce(r.startedAt, $now)
RETURN p.id AS partner
