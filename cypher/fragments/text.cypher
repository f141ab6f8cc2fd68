// Text folding in Cypher, the twin of fold() in web/src/core/text/fold.ts and
// server/src/survey/match.ts (pinned by test/integration/survey-roster.int.test.ts): lower case
// without diacritics, so "cmielow" finds "Ćmielów" and "lodz" finds "Łódź" (Ł has no
// decomposition in Unicode, hence its own replace).

// %s folded: decomposed (NFD), combining marks U+0300–U+036F dropped, ł → l.
:def folded(s)
reduce(fold_t = '', fold_c IN split(normalize(replace(toLower(%s), 'ł', 'l'), NFD), '') | fold_t + CASE WHEN fold_c >= '\u0300' AND fold_c <= '\u036f' THEN '' ELSE fold_c END)
