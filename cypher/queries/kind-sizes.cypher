// How many institutions there are of each given kind (read through the kind index).
UNWIND $kinds AS kind
RETURN kind, COUNT { MATCH (i:Institution) WHERE i.kind = kind } AS n
