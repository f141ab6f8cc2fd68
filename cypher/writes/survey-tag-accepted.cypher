// Marks the collaborations and sources an acceptance wrote with the survey they came from, so a
// later acceptance of the same survey replaces them (survey-clear-accepted.cypher).
CALL () {
  UNWIND $collaborations AS id
  MATCH (c:Collaboration {id: id})
  SET c.surveyId = $id
}
CALL () {
  UNWIND $sources AS id
  MATCH (src:Source {id: id})
  SET src.surveyId = $id
}
RETURN 1 AS tagged
