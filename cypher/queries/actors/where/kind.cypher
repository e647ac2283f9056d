// Fragment of an actor filter (a is the actor): of one kind; __LABEL__ is an actor label from the allow-list.
a:__LABEL__
