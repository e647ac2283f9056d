// Group key of an actor (a): an organization's category.
a.category
