// Head of the letter aggregates (as letters/from/all) when the filter names a program ($_concerns, its top-level
// 'concerns') and no dates: starts from the program and reads its letters only, where letters/from/all checks
// every letter of the graph for it. __WHERE__ is the rest of the filter (its top-level 'concerns' left out: the
// match has it; checked again it cost a seek and an expand per letter, about 4x the head). Ends with WITH l.
MATCH (:Program {id: $_concerns})<-[:CONCERNS]-(l:Letter)
WHERE __WHERE__
WITH DISTINCT l
