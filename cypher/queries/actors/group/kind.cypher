// Group key of an actor (a): its kind, from its labels (ORGANIZATION, LAWMAKER, OFFICIAL, PERSON).
toUpper([x IN labels(a) WHERE x IN ['Organization', 'Lawmaker', 'Official', 'Person']][0])
