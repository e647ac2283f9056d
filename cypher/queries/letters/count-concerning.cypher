// How many letters about one program ($concerns, required: the filter's top-level 'concerns') match the filters of
// letters/page (__WHERE__: the rest of the filter, its top-level 'concerns' left out, which the match already
// holds). Starting from the program reads only that program's
// letters, where letters/count reads every letter in the graph and checks each for the program; the answer is the
// same.
MATCH (:Program {id: $concerns})<-[:CONCERNS]-(l:Letter)
WHERE __WHERE__
RETURN count(DISTINCT l) AS total
