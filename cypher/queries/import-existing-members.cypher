// The memberships among $pairs ({a: partnership id, i: institution id}) that exist, dates as text.
UNWIND $pairs AS pair
MATCH (:Institution {id: pair.i})-[m:MEMBER_OF]->(:Partnership {id: pair.a})
RETURN pair.a AS a, pair.i AS i, m {.*, since: toString(m.since), until: toString(m.until)} AS props
