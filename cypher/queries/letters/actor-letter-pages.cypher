// One page of the letters each of several actors took part in (Actor.letterConnection), newest first, in one
// statement for every actor of a response level that asks with the same filter.
// $pages:      [{id: actor id, skip: letters on earlier pages (from the cursor), limit: page size + 1}]
// $walkLimit:  the largest skip + limit of $pages: how many rows the newest-first read of each actor keeps
// $walkFactor: 1.0 (tests set it to 0 or to a huge number to take one way of reading for every actor)
// $upper:      the sortKey every letter is below: the day after the filter's top-level 'to', '\uffff' without one
// $lower:      the sortKey every letter is at or above: the filter's top-level 'from' as text, '' without one
//              (sortKey is date|id, so the two turn the date range into the index range the walk reads, as in
//              letters/page; the date conditions stay in __LETTER__)
// __TYPES__:   the edge types of the roles asked for (allow-listed: SIGNED, ENDORSED, ADDRESSED_TO, CC); each runs one
//              way only, so the undirected pattern finds the same edges as the directed ones
// __ROLE__:    the roles a SIGNED edge must carry (LEAD, SIGNER), 'true' when both or neither are asked for
// __LETTER__:  the letter filter, from the fragments in letters/where/ ('true' when there is none)
// __TOTAL__:   letters/actor-total/degree when the role and letter filters are both 'true', else
//              letters/actor-total/counted (the same slots)
// The total: without a filter, the actor's degree in those types (the count store); with one, the edges counted
// through the filter (__TOTAL__). The page is read one of two ways, chosen per actor:
// - walk: the letter_sort_key index newest first, each letter checked against the actor (Expand(Into)), until the
//   page is full. About walkLimit * letters / total letters are read, so it is taken when that is no more than the
//   actor's degree (what the other way reads): for a very active actor, some twenty letters instead of thousands.
// - expand: the actor's own edges, the newest walkLimit kept (a top-n, not a sort of all of them).
// Either way the rows come in the same order, ties of one letter by type(r), r.role; the page is cut before the
// sources are read; an actor that both signed and endorsed a letter has two rows for it, one per role, as
// Actor.letters does. The walk's guard is its range's upper bound ('' when not taken), so a walk not taken reads no
// index entry.
CALL () {
  MATCH (l:Letter)
  RETURN count(l) AS letters
}
UNWIND $pages AS page
MATCH (a:Actor {id: page.id})
WITH a, page, letters, COUNT { (a)-[:__TYPES__]-() } AS degree
WITH a, page, letters, degree, __TOTAL__ AS total
WITH a, page, total, $walkLimit * letters * $walkFactor <= total * degree AS walk
CALL (a, walk) {
  CALL (a, walk) {
    WITH a, CASE WHEN walk THEN $upper ELSE '' END AS below
    MATCH (l:Letter) USING INDEX l:Letter(sortKey)
    WHERE l.sortKey < below AND l.sortKey >= $lower AND __LETTER__
    MATCH (a)-[r:__TYPES__]-(l)
    WHERE __ROLE__
    WITH r, l
    ORDER BY l.sortKey DESC, type(r), r.role
    LIMIT $walkLimit
    RETURN r, l
    UNION ALL
    WITH a WHERE NOT walk
    MATCH (a)-[r:__TYPES__]-(l:Letter)
    WHERE __ROLE__ AND __LETTER__
    WITH r, l
    ORDER BY l.sortKey DESC, type(r), r.role
    LIMIT $walkLimit
    RETURN r, l
  }
  WITH r, l
  ORDER BY l.sortKey DESC, type(r), r.role
  RETURN collect([r, l]) AS found
}
CALL (found, page) {
  UNWIND found[page.skip..page.skip + page.limit] AS pair
  WITH pair[0] AS r, pair[1] AS l
  RETURN collect({letter: l {.*},
    role: CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER' WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE'
      ELSE 'CC' END,
    position: r.position, title: r.title, organization: r.organization, location: r.location,
    sources: COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} }}) AS rows
}
RETURN page.id AS ownerId, page.skip AS skip, page.limit AS limit, total, rows
