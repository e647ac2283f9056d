// Ordering key of a list of actors (a is the actor): how many letters l matching __LETTER__ it took part in through
// __TYPES__ in the roles __ROLE__ (the filter's top-level 'letters'); each letter counts once.
COUNT { MATCH (a)-[r:__TYPES__]-(l:Letter) WHERE __ROLE__ AND __LETTER__ RETURN DISTINCT l }
