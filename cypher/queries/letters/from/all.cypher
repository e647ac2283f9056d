// Head of the letter aggregates (letters/aggregate, group-by-year, group-by-program): every letter l that matches
// __WHERE__ (the filter, from the fragments in letters/where/; its dates seek the letter_date index). Ends with
// WITH l.
MATCH (l:Letter)
WHERE __WHERE__
WITH l
