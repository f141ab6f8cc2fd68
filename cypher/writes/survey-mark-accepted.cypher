// Stamps a closed survey (closed by the editor, or past its closing date) as accepted into the
// map, after its ties were written in the same transaction.
MATCH (s:Survey {id: $id})
WHERE s.status = 'CLOSED' OR (s.status = 'OPEN' AND s.closesOn < $today)
SET s.status = 'CLOSED', s.acceptedAt = $now
RETURN s.id AS id
