// Fragment of an actor filter (a is the actor): it took part in at least one letter l that matches __LETTER__ (a
// letter filter from letters/where/), through an edge of the types __TYPES__ (from the allow-list: SIGNED,
// ENDORSED, ADDRESSED_TO, CC) in the roles __ROLE__ asks for. Each type runs one way only, so the undirected
// pattern finds the same edges as the directed ones.
EXISTS { MATCH (a)-[r:__TYPES__]-(l:Letter) WHERE __ROLE__ AND __LETTER__ }
