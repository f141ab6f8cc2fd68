// One survey with its area, partnership and roster (each respondent's progress and link state;
// never the token hash itself).
MATCH (s:Survey {id: $id})-[:SURVEY_AREA]->(area:Area)
OPTIONAL MATCH (s)-[:SURVEY_PARTNERSHIP]->(p:Partnership)
CALL (s) {
  OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(i:Institution)
  OPTIONAL MATCH (i)-[:IN_SECTOR]->(sector:Sector)
  WITH r, i, head(collect(sector.code)) AS sector
  ORDER BY i.name, i.id
  RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
    institutionId: i.id, name: i.name, kind: i.kind, sector: sector, email: i.email,
    linkIssued: r.tokenHash IS NOT NULL, linkRevoked: r.linkRevokedAt IS NOT NULL,
    startedAt: r.startedAt, updatedAt: r.updatedAt, submittedAt: r.submittedAt,
    partners: COUNT { (r)-[:REPORTS]->() }
  } END) AS roster
}
RETURN s {.id, .title, .questionSet, .opensOn, .closesOn, .status, .createdAt, .acceptedAt} AS survey,
  area {.teryt, .name, .level} AS area, p {.id, .name} AS partnership, roster
