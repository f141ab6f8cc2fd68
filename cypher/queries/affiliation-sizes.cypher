// The given partnerships and collaborations with more than $maxMembers member institutions (all
// their members, anywhere and at any time: the size a user reads on the affiliation's own page).
// Counted from the relationship count, so a national network costs no walk over its members.
UNWIND $affiliations AS aid
CALL (aid) {
  MATCH (x:Partnership {id: aid})
  RETURN COUNT { (x)<-[:MEMBER_OF]-() } AS members
  UNION ALL
  MATCH (x:Collaboration {id: aid})
  RETURN COUNT { (x)<-[:TAKES_PART]-() } AS members
}
WITH aid, members
WHERE members > $maxMembers
RETURN aid AS affiliation, members
