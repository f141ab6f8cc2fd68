// How many institutions the database holds (read from the count store: constant time).
MATCH (i:Institution)
RETURN count(i) AS n
