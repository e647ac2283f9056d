// Group key of an actor (a): a lawmaker's party.
a.party
