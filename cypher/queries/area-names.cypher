// Names of the areas with these TERYT codes.
MATCH (a:Area)
WHERE a.teryt IN $teryts
RETURN a.teryt AS teryt, a.name AS name
