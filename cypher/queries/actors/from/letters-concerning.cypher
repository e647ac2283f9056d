// Head of the actor lists (as actors/from/letters) when the filter's top-level letters are about one program: the
// letters come from the program ($_concerns) and __LETTER__ holds the rest of their filter, so the planner can start
// from the program's letters, or from the dates and check each letter for the program, whichever reads fewer. (With
// the program only as a condition of each letter, the statement always started from the dates: at 10k letters, the
// year's letters for a program with a few hundred of them.) The rest as actors/from/letters; ends with WITH a,
// lettersWithin.
MATCH (:Program {id: $_concerns})<-[:CONCERNS]-(l:Letter)
WHERE __LETTER__
MATCH (a:Actor)-[r:__TYPES__]-(l)
WHERE __ROLE__
WITH a, count(DISTINCT l) AS lettersWithin
WHERE __WHERE__
WITH a, lettersWithin
