// The institutions seated in a survey's area or below it, and whether each is on its roster: the
// editor's search when adding to the roster ($search, folded; '' for any) or matching a proposed
// partner ($words: any of them in the folded name; [] for any), at most $limit, by name.
MATCH (s:Survey {id: $id})-[:SURVEY_AREA]->(area:Area)
MATCH (area)<-[:PART_OF*0..2]-(seat:Area)<-[:LOCATED_IN]-(i:Institution)
WITH s, i, head(collect(seat)) AS seat, @folded(i.name) AS folded
WHERE ($search = '' OR folded CONTAINS $search) AND (size($words) = 0 OR any(w IN $words WHERE folded CONTAINS w))
RETURN i.id AS id, i.name AS name, i.kind AS kind, seat.teryt AS gmina, seat.name AS gminaName,
  EXISTS { (s)<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(i) } AS rostered
ORDER BY i.name, i.id
LIMIT toInteger($limit)
