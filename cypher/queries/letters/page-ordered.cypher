// A page of letters in the order an analyst asked for (orderBy), with optional filters.
// __WHERE__: the filters, from the fragments in letters/where/ ('true' when there are none)
// __ORDER__: the ordering keys, from the fragments in letters/order/, each with ASC or DESC; the letter's sortKey
//            (newest first) breaks ties, so the order is total and a page starts where the last one ended
// $skip:     how many letters earlier pages held (from the cursor); $limit: page size + 1
MATCH (l:Letter)
WHERE __WHERE__
WITH l
ORDER BY __ORDER__, l.sortKey DESC
SKIP $skip
LIMIT $limit
RETURN l {.*} AS letter
