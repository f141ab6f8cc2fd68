// The gminas of a survey's area (for proposing a partner not on the roster).
MATCH (s:Survey {id: $survey})-[:SURVEY_AREA]->(:Area)<-[:PART_OF*0..2]-(g:Area {level: 'GMINA'})
RETURN g.teryt AS teryt, g.name AS name ORDER BY g.name, g.teryt
