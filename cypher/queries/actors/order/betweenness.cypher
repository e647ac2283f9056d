// Ordering key of a list of actors in actors/page-scored (betweenness is the actor's score there): betweenness in
// the window's co-signature network; $_missing when the actor is not in it, so those come last in either direction.
coalesce(betweenness, $_missing)
