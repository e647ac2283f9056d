// One page of the letters each of several sources reports (Source.letterConnection), newest first, in one statement.
// $pages: [{id: source id, skip: letters on earlier pages (from the cursor), limit: page size + 1}]
// The total comes from the degree store (the far node unlabelled: every REPORTED_IN edge starts at a letter).
UNWIND $pages AS page
MATCH (s:Source {id: page.id})
CALL (s, page) {
  MATCH (s)<-[:REPORTED_IN]-(l:Letter)
  WITH l
  ORDER BY l.sortKey DESC
  WITH collect(l) AS found
  RETURN [l IN found[page.skip..page.skip + page.limit] | l {.*}] AS rows
}
RETURN page.id AS ownerId, page.skip AS skip, page.limit AS limit, COUNT { (s)<-[:REPORTED_IN]-() } AS total, rows
