// Every member of Congress in the graph, for resolving "Rep. Omar (D-Minn.)" in a letter's text.
// It keeps its first plan (KeptPlansTest).
CYPHER replan=skip
MATCH (a:Lawmaker)
RETURN a {.id, .name, .bioguideId, .party, .state, .chamber, .district, .aliases} AS lawmaker
