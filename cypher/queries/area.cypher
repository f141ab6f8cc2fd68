// The area with this TERYT code.
MATCH (area:Area {teryt: $teryt})
RETURN area.teryt AS teryt, area.name AS name, area.level AS level
