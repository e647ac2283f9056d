// A page of actors (as actors/page) and how many actors match (as actors/count) in one statement, for a request
// that asks for both: the head (__ACTORS__) runs once, where the page and the count would each run it.
// __ACTORS__: the actors that match the filters (actors/from/letters: the head worth sharing, whose letters and
//            signatures are most of the work); ends with WITH a (and lettersWithin)
// __ORDER__:  the ordering keys (actors/order/), each with ASC or DESC; the id breaks ties
// $skip:      how many actors earlier pages held (from the cursor); $limit: page size + 1
// Every matching actor is ordered (the count needs them all; the page is cut from the ordered list), and only the
// page's actors' properties are read.
__ACTORS__
ORDER BY __ORDER__, a.id
WITH collect(a) AS found
RETURN size(found) AS total,
  [a IN found[$skip..$skip + $limit] | a {.id, .name, .aliases, .category, .description, .bioguideId, .party, .state,
    .chamber, .district, .title, labels: labels(a)}] AS actors
