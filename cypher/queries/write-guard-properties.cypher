// The stored properties of the given records (before and after a write, in its transaction), so
// the write guard checks the domain rules on what a write leaves, whichever input form it used.
UNWIND $institutions AS key
MATCH (n:Institution {id: key})
RETURN 'Institution' AS type, key, properties(n) AS properties
UNION ALL
UNWIND $partnerships AS key
MATCH (n:Partnership {id: key})
RETURN 'Partnership' AS type, key, properties(n) AS properties
UNION ALL
UNWIND $collaborations AS key
MATCH (n:Collaboration {id: key})
RETURN 'Collaboration' AS type, key, properties(n) AS properties
UNION ALL
UNWIND $sources AS key
MATCH (n:Source {id: key})
RETURN 'Source' AS type, key, properties(n) AS properties
