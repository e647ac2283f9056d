// A page of actors for analysts: filtered, ordered, paged.
// __ACTORS__: the actors that match the filters: actors/from/all, or actors/from/letters when the filter has
//            top-level letters to start from; each ends with WITH a (and lettersWithin)
// __ORDER__: the ordering keys, from the fragments in actors/order/, each with ASC or DESC; the id breaks ties, so
//            the order is total and a page starts where the last one ended
// $skip:     how many actors earlier pages held (from the cursor); $limit: page size + 1
// Only the properties an Actor has are read, and only for the actors of the page.
__ACTORS__
ORDER BY __ORDER__, a.id
SKIP $skip
LIMIT $limit
RETURN a {.id, .name, .aliases, .category, .description, .bioguideId, .party, .state, .chamber, .district, .title,
  labels: labels(a)} AS actor
