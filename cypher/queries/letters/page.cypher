// A page of letters, newest first, with optional filters.
// __WHERE__:    the filters, put together from the fragments in letters/where/ (each a parameter-only condition on
//               l); 'true' when there are none
// $upper:       the sortKey every letter of the page is below: the smaller of the sortKey of the last letter of the
//               previous page (none for the first page) and the day after the filter's top-level 'to'; '\uffff'
//               when neither is given
// $lower:       the sortKey every letter of the page is at or above: the top-level 'from' as text, '' when not given
// $limit:       page size + 1 (to learn whether another page follows)
// sortKey is the letter's date (ISO, 0000-00-00 when unknown), '|' and its id, so the two bounds turn the date range
// into a range of the sortKey index: the scan starts at the newest letter on or before 'to' instead of the newest
// letter of all. The date conditions stay in __WHERE__; the bounds only skip letters they would reject, as long as
// sortKey keeps that layout (set where letters are written, and documented with its index in migration V0002).
MATCH (l:Letter)
WHERE l.sortKey < $upper AND l.sortKey >= $lower
  AND __WHERE__
RETURN l {.*} AS letter
ORDER BY l.sortKey DESC
LIMIT $limit
