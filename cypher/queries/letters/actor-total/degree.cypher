// Total of letters/actor-letter-pages when nothing narrows the actor's edges: its degree in the types asked for,
// read from the count store (every such edge joins an actor and a letter).
degree
