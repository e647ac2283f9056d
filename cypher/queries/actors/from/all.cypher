// Head of the actor lists (actors/page, count, aggregate, group-by, group-by-role, page-scored): every actor a that
// matches __WHERE__ (the filter, from the fragments in actors/where/), found by a label scan, checked one by one.
// Used when the filter has no top-level letters to start from (see actors/from/letters). Ends with WITH a, so the
// statement goes on with ORDER BY, WHERE or a clause of its own.
MATCH (a:Actor)
WHERE __WHERE__
WITH a
