// Surveys, newest first; for an editor only those of areas in their regions ($regions null: all).
MATCH (s:Survey)-[:SURVEY_AREA]->(area:Area)
WHERE ($regions IS NULL OR any(r IN $regions WHERE area.teryt STARTS WITH r))
  AND ($teryt IS NULL OR area.teryt STARTS WITH $teryt)
RETURN s.id AS id ORDER BY s.createdAt DESC, s.id
