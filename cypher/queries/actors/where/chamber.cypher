// Fragment of an actor filter (a is the actor): a lawmaker of the chamber $_chamber (HOUSE or SENATE).
a.chamber = $_chamber
