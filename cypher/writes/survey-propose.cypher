// A partner not on the roster, proposed by the token's own response; it waits for the editor.
// The respondent answers about it like about any partner (REPORTS).
MATCH (r:SurveyResponse {id: $response})-[:RESPONSE_TO]->(s:Survey)
WHERE s.status = 'OPEN' AND s.opensOn <= $today AND $today <= s.closesOn
  AND COUNT { (r)-[:PROPOSES]->() } < $maxProposals
MATCH (g:Area {teryt: $proposal.gmina, level: 'GMINA'})
CREATE (r)-[:PROPOSES]->(pp:ProposedPartner {id: $id, name: $proposal.name, kind: $proposal.kind,
  gmina: g.teryt, status: 'PENDING', proposedAt: $now})
CREATE (r)-[:REPORTS {kinds: [], savedAt: $now}]->(pp)
SET r.updatedAt = $now, r.startedAt = coalesce(r.startedAt, $now)
RETURN pp.id AS id
