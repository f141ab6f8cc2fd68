// Whether a partnership exists (a survey may cover one).
MATCH (p:Partnership {id: $id})
RETURN p.id AS id
