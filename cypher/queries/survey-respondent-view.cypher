// What a respondent sees: the survey, their institution, the roster (names, kinds, gminas only),
// their own answers and proposals. Nothing of any other response.
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)-[:SURVEY_AREA]->(area:Area)
MATCH (r)-[:RESPONDENT]->(me:Institution)
CALL (s, me) {
  MATCH (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(i:Institution)
  WHERE i <> me
  OPTIONAL MATCH (i)-[:LOCATED_IN]->(seat:Area)
  WITH i, head(collect(seat.name)) AS place
  ORDER BY i.name, i.id
  RETURN collect({id: i.id, name: i.name, kind: i.kind, place: place}) AS roster
}
CALL (r) {
  OPTIONAL MATCH (r)-[a:REPORTS]->(p)
  WITH a, p ORDER BY a.savedAt
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {partner: p.id, kinds: a.kinds, frequency: a.frequency,
    since: a.since, value: a.value, trust: a.trust} END) AS answers
}
CALL (r) {
  OPTIONAL MATCH (r)-[:PROPOSES]->(pp:ProposedPartner)
  WITH pp ORDER BY pp.proposedAt
  RETURN collect(pp {.id, .name, .kind, .gmina, .status}) AS proposals
}
RETURN s {.id, .title, .questionSet, .opensOn, .closesOn} AS survey, area {.teryt, .name} AS area,
  me {.id, .name, .kind} AS institution, roster, answers, proposals,
  r {.lacking, .submittedAt, .updatedAt} AS response
