// The default roster of a new survey: the partnership's members when it names one, else every
// institution seated in the area or below it.
OPTIONAL MATCH (p:Partnership {id: $partnership})<-[:MEMBER_OF]-(member:Institution)
WITH collect(DISTINCT member.id) AS members
CALL (members) {
  WITH members WHERE size(members) > 0
  UNWIND members AS id
  RETURN id
  UNION
  WITH members WHERE size(members) = 0
  MATCH (:Area {teryt: $area})<-[:PART_OF*0..2]-(:Area)<-[:LOCATED_IN]-(i:Institution)
  RETURN i.id AS id
}
RETURN DISTINCT id ORDER BY id
