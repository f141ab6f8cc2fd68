// The participations among $pairs ({a: collaboration id, i: institution id}) that exist.
UNWIND $pairs AS pair
MATCH (:Institution {id: pair.i})-[t:TAKES_PART]->(:Collaboration {id: pair.a})
RETURN pair.a AS a, pair.i AS i, properties(t) AS props
