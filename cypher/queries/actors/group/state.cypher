// Group key of an actor (a): a lawmaker's state.
a.state
