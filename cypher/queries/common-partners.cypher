// The institutions two steps from the ego through the given partners ($ids: the partners expanded
// for Adamic–Adar), each with its common partners and their degrees (partners as of $asOf, the ego
// among them). A dense ego reaches ~10k such institutions, too many to ship per request, so rows
// come back for those in $wanted and for the others whose index is at least the least that can
// still make the list: $kindMinIndex[kind] for the kinds paired with the ego's, else $minIndex.
// `nextIndex` is the highest index among those left out (0 if none).
// The index here only orders; server/src/analytics/missing-partners/adamic-adar.ts sums it again from the rows.
// Same date rules as institution-partners.cypher.
MATCH (ego:Institution {id: $ego})
UNWIND $ids AS zid
MATCH (z:Institution {id: zid})-[r:MEMBER_OF|TAKES_PART]->(x)
WHERE x:Partnership OR x:Collaboration
WITH ego, z, x, @start(r, x) AS s1, @end(r, x) AS e1
WHERE @currentOn(s1, e1)
MATCH (x)<-[q:MEMBER_OF|TAKES_PART]-(p:Institution)
WHERE p <> z AND ($asOf IS NULL OR coalesce(p.founded <= date($asOf), true))
  AND @currentOn(@start(q, x), @end(q, x)) AND @overlap(s1, e1, @start(q, x), @end(q, x))
WITH ego, z, collect(DISTINCT p) AS others
WITH ego, z.id AS common, size(others) AS degree, others
UNWIND others AS p
WITH ego, p, collect(common) AS common, collect(degree) AS degrees
WHERE p <> ego
WITH p.id AS id, p.kind AS kind, common, degrees,
     reduce(s = 0.0, d IN degrees | s + 1.0 / log(CASE WHEN d < 2 THEN 2.0 ELSE toFloat(d) END)) AS index
WITH id, kind, common, degrees, index,
     id IN $wanted OR index >= coalesce($kindMinIndex[kind], $minIndex) AS kept
ORDER BY index DESC, id
WITH collect({id: id, kind: kind, common: common, degrees: degrees, index: index, kept: kept}) AS rows
RETURN [r IN rows WHERE r.kept | r {.id, .kind, .common, .degrees}] AS rows,
       coalesce([r IN rows WHERE NOT r.kept][0].index, 0.0) AS nextIndex
