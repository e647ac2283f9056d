// Ordering key of a list of actors (a is the actor): the date of its latest letter l matching __LETTER__, through
// __TYPES__ in the roles __ROLE__; $_missing (a date past every other) when there is none, so actors without a
// dated letter come last in either direction.
coalesce(COLLECT { MATCH (a)-[r:__TYPES__]-(l:Letter) WHERE l.date IS NOT NULL AND __ROLE__ AND __LETTER__
  RETURN l.date AS day ORDER BY day DESC LIMIT 1 }[0],
  $_missing)
