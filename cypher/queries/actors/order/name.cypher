// Ordering key of a list of actors (a is the actor): its name, case ignored.
toLower(a.name)
