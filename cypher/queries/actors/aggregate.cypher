// How many actors match the filters (__ACTORS__, the head of actors/page), the date range of the letters they took part in and how many
// participations those are, counted as LETTER_COUNT counts: within the filter's top-level letters (__TYPES__,
// __ROLE__, __LETTER__), or the letters each signed when it has none.
__ACTORS__
CALL (a) {
  OPTIONAL MATCH (a)-[r:__TYPES__]-(l:Letter)
  WHERE __ROLE__ AND __LETTER__
  RETURN min(l.date) AS first, max(l.date) AS last, count(DISTINCT l) AS letters
}
RETURN count(a) AS count, min(first) AS dateMin, max(last) AS dateMax, sum(letters) AS signatures
