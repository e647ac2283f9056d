// Fragment of an actor filter (a is the actor): a lawmaker of the state $_state (two letters, upper-cased).
toUpper(a.state) = $_state
