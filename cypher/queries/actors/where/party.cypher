// Fragment of an actor filter (a is the actor): a lawmaker of the party $_party (lower-cased by the caller).
toLower(a.party) = $_party
