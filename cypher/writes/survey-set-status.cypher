// Moves a survey from one of $from to $to; returns nothing when it was in another state.
MATCH (s:Survey {id: $id})
WHERE s.status IN $from AND s.acceptedAt IS NULL
SET s.status = $to
RETURN s.id AS id
