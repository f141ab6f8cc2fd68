// Every answer of a survey: respondent → partner (an institution, or a proposal until accepted),
// and the open answers; for the editor's results (server/src/survey/results.ts).
MATCH (s:Survey {id: $id})
CALL (s) {
  MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)-[a:REPORTS]->(p)
  MATCH (r)-[:RESPONDENT]->(me:Institution)
  RETURN collect({source: me.id, target: p.id, proposal: p:ProposedPartner, kinds: a.kinds,
    frequency: a.frequency, since: a.since, value: a.value, trust: a.trust, savedAt: a.savedAt,
    response: r.id, submittedAt: r.submittedAt}) AS ties
}
CALL (s) {
  MATCH (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:REPORTS]->(i:Institution)
  RETURN collect(DISTINCT i.id) AS reported
}
CALL (s, reported) {
  OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(rostered:Institution)
  WITH reported, collect(rostered.id) AS rostered
  UNWIND reported + rostered AS id
  WITH DISTINCT id, id IN rostered AS onRoster
  MATCH (i:Institution {id: id})
  OPTIONAL MATCH (i)-[:IN_SECTOR]->(sector:Sector)
  WITH i, onRoster, head(collect(sector.code)) AS sector
  RETURN collect({id: i.id, label: i.name, kind: i.kind, sector: sector, rostered: onRoster}) AS nodes
}
// An aggregating subquery answers one row even when nothing matches: [] rather than [{nulls}].
CALL (s) {
  MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(me:Institution)
  WHERE r.lacking IS NOT NULL
  RETURN collect({institutionId: me.id, name: me.name, text: r.lacking}) AS lacking
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:PROPOSES]->(pp:ProposedPartner)
  OPTIONAL MATCH (pp)<-[:PROPOSES]-(:SurveyResponse)-[:RESPONDENT]->(by:Institution)
  OPTIONAL MATCH (g:Area {teryt: pp.gmina})
  WITH pp, by, g ORDER BY pp.proposedAt
  RETURN collect(CASE WHEN pp IS NULL THEN NULL ELSE pp {.id, .name, .kind, .gmina, .status, .institutionId,
    gminaName: g.name, proposedBy: by.id, proposedByName: by.name} END) AS proposals
}
RETURN ties, nodes, lacking, proposals
