// One page of the letters about each of several programs (Program.letterConnection), newest first, in one statement.
// $pages: [{id: program id, skip: letters on earlier pages (from the cursor), limit: page size + 1}]
// The total comes from the degree store (the far node unlabelled: every CONCERNS edge starts at a letter).
UNWIND $pages AS page
MATCH (p:Program {id: page.id})
CALL (p, page) {
  MATCH (p)<-[:CONCERNS]-(l:Letter)
  WITH l
  ORDER BY l.sortKey DESC
  WITH collect(l) AS found
  RETURN [l IN found[page.skip..page.skip + page.limit] | l {.*}] AS rows
}
RETURN page.id AS ownerId, page.skip AS skip, page.limit AS limit, COUNT { (p)<-[:CONCERNS]-() } AS total, rows
