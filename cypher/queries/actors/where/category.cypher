// Fragment of an actor filter (a is the actor): an organization of the category $_category (upper-cased by the
// caller: ADVOCACY, AGENCY, COALITION, ...).
toUpper(a.category) = $_category
