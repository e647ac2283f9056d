// Every member of Congress in the graph, for resolving "Rep. Omar (D-Minn.)" in a letter's text.
MATCH (a:Lawmaker)
RETURN a {.id, .name, .bioguideId, .party, .state, .chamber, .district, .aliases} AS lawmaker
