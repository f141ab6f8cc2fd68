// What each way of reading rest-candidates costs, from the degree store (no scan): the
// institutions located in the voivodeship, and those of each given sector in the whole country.
MATCH (:Area {teryt: $voivodeship})<-[:PART_OF*0..2]-(a:Area)
WITH sum(COUNT { (a)<-[:LOCATED_IN]-() }) AS located
UNWIND (CASE WHEN size($sectors) = 0 THEN [null] ELSE $sectors END) AS code
OPTIONAL MATCH (s:Sector {code: code})
RETURN located, code AS sector, COUNT { (s)<-[:IN_SECTOR]-() } AS members
