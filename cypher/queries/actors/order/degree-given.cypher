// Ordering key of a list of actors (a is the actor): its degree in the window's co-signature network, as counted
// before the statement (WindowDegrees: the in-memory co-signature index) and passed in as $_degrees, actor id to
// degree; an actor the map does not hold signed none of the window's letters (0). Same values as actors/order/degree.
coalesce($_degrees[a.id], 0)
