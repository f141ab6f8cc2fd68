// A new survey (status DRAFT) over an area, optionally a partnership, with one empty response per
// rostered institution; the ids were checked before (server/src/survey/store.ts).
MATCH (area:Area {teryt: $survey.area})
CREATE (s:Survey {id: $survey.id, title: $survey.title, questionSet: $survey.questionSet,
  opensOn: $survey.opensOn, closesOn: $survey.closesOn, status: 'DRAFT', createdAt: $now,
  createdBy: $survey.createdBy})-[:SURVEY_AREA]->(area)
WITH s
CALL (s) {
  MATCH (p:Partnership {id: $survey.partnership})
  CREATE (s)-[:SURVEY_PARTNERSHIP]->(p)
}
CALL (s) {
  UNWIND $survey.roster AS institution
  MATCH (i:Institution {id: institution})
  CREATE (s)<-[:RESPONSE_TO]-(:SurveyResponse {id: randomUUID()})-[:RESPONDENT]->(i)
}
RETURN s.id AS id
