// Fragment of an actor filter (a is the actor): its id is one of $_ids.
a.id IN $_ids
