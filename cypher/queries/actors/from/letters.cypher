// Head of the actor lists (as actors/from/all) when the filter has top-level letters: starts from the letters l
// that match __LETTER__ (a letter filter from letters/where/, whose dates seek the letter_date index) and goes to
// the actors that took part in them through __TYPES__ in the roles __ROLE__ (as actors/where/took-part does), so it
// reads the signatures of those letters only, where actors/from/all checks every actor of the graph against them.
// lettersWithin counts each actor's such letters (each once): the LETTER_COUNT of the filter's top-level letters
// (actors/order/letters-within), counted here instead of once more per actor. __WHERE__ is the rest of the filter
// (its top-level letters left out: they are what the head starts from). Ends with WITH a, lettersWithin.
MATCH (l:Letter)
WHERE __LETTER__
MATCH (a:Actor)-[r:__TYPES__]-(l)
WHERE __ROLE__
WITH a, count(DISTINCT l) AS lettersWithin
WHERE __WHERE__
WITH a, lettersWithin
