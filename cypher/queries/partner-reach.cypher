// For each institution, how many memberships its partnerships and collaborations hold in all: an
// upper bound of its partner count, read from the degree store. Each affiliation's size is read
// once however many of the institutions share it (a dense ego's partners share most of theirs).
UNWIND $ids AS iid
MATCH (:Institution {id: iid})-[:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH x, collect(iid) AS ids
WITH ids, COUNT { (x)<-[:MEMBER_OF|TAKES_PART]-() } AS size
UNWIND ids AS id
RETURN id, sum(size) AS reach
