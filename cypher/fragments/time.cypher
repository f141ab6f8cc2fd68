// The time model in Cypher: the twin of domain/src/time.ts, pinned to it by
// test/integration/time-model.int.test.ts. A query writes @name(arguments) and
// server/src/db/queries.ts puts the expression in when it reads the query (%name is a parameter);
// so "current on a date" and "the period of a membership" are written here once, not per query.
// Dates that are set but are not DATE values count as unknown.

// A DATE value, or null.
:def day(v)
CASE WHEN %v IS :: DATE THEN %v END

// When partnership or collaboration x begins and ends: an EVENT or STUDY_VISIT without an end lasts
// its start day; a partnership or project without one is ongoing (null).
:def affiliationStart(x)
coalesce(@day(%x.signedOn), @day(%x.startedOn))

:def affiliationEnd(x)
coalesce(@day(%x.endedOn), CASE WHEN %x.kind IN ['EVENT', 'STUDY_VISIT'] THEN @affiliationStart(%x) END)

// The period of membership r (MEMBER_OF a partnership, or TAKES_PART in a collaboration) of x:
// a membership's own since/until, else its affiliation's dates.
:def start(r, x)
CASE WHEN %x:Partnership THEN coalesce(@day(%r.since), @day(%x.signedOn)) ELSE @day(%x.startedOn) END

:def end(r, x)
CASE WHEN %x:Partnership THEN coalesce(@day(%r.until), @affiliationEnd(%x)) ELSE @affiliationEnd(%x) END

// Does [s, e] hold at least one day (null: open)?
:def isPeriod(s, e)
(%s IS NULL OR %e IS NULL OR %s <= %e)

// Is [s, e] current on $asOf (with no $asOf: is it a period at all, "all years")?
:def currentOn(s, e)
(@isPeriod(%s, %e) AND ($asOf IS NULL OR ((%s IS NULL OR %s <= date($asOf)) AND (%e IS NULL OR %e >= date($asOf)))))

// Do [s1, e1] and [s2, e2] share a day (two members are tied only then)?
:def overlap(s1, e1, s2, e2)
(@isPeriod(%s1, %e1) AND @isPeriod(%s2, %e2) AND (%s1 IS NULL OR %e2 IS NULL OR %s1 <= %e2) AND (%s2 IS NULL OR %e1 IS NULL OR %s2 <= %e1))
