// Total of letters/actor-letter-pages when a role or a letter filter narrows the actor's edges: the edges of the
// types asked for (__TYPES__) that pass the role filter (__ROLE__) and the letter filter (__LETTER__), counted.
COUNT { (a)-[r:__TYPES__]-(l:Letter) WHERE __ROLE__ AND __LETTER__ }
