// One page of the letters each of several actors took part in (Actor.letterConnection), newest first, in one
// statement for every actor of a response level that asks with the same filter.
// $pages:     [{id: actor id, skip: letters on earlier pages (from the cursor), limit: page size + 1}]
// __TYPES__:  the edge types of the roles asked for (allow-listed: SIGNED, ENDORSED, ADDRESSED_TO, CC); each runs one
//             way only, so the undirected pattern finds the same edges as the directed ones
// __ROLE__:   the roles a SIGNED edge must carry (LEAD, SIGNER), 'true' when both or neither are asked for
// __LETTER__: the letter filter, from the fragments in letters/where/ ('true' when there is none)
// The page is cut before the sources are read; an actor that both signed and endorsed a letter has two rows for it,
// one per role, as Actor.letters does.
UNWIND $pages AS page
MATCH (a:Actor {id: page.id})
CALL (a, page) {
  MATCH (a)-[r:__TYPES__]-(l:Letter)
  WHERE __ROLE__ AND __LETTER__
  WITH r, l
  ORDER BY l.sortKey DESC, type(r), r.role
  WITH collect([r, l]) AS found
  CALL (found, page) {
    UNWIND found[page.skip..page.skip + page.limit] AS pair
    WITH pair[0] AS r, pair[1] AS l
    RETURN collect({letter: l {.*},
      role: CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER' WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE'
        ELSE 'CC' END,
      position: r.position, title: r.title, organization: r.organization, location: r.location,
      sources: COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} }}) AS rows
  }
  RETURN size(found) AS total, rows
}
RETURN page.id AS ownerId, page.skip AS skip, page.limit AS limit, total, rows
