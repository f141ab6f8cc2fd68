// For each institution, how many memberships its partnerships and collaborations hold in all: an
// upper bound of its partner count, read from the degree store (constant time per affiliation).
UNWIND $ids AS iid
MATCH (:Institution {id: iid})-[:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
RETURN iid AS id, sum(COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() }) AS reach
