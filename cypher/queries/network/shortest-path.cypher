// One shortest chain of letters and actors between two different actors, each step with the relationship that
// reached it and the actor's role on that letter (SIGNED carries LEAD or SIGNER; ENDORSED is ENDORSER,
// ADDRESSED_TO is ADDRESSEE, CC is CC). __ROLES__ is true when the roles asked take every role of the types in
// __TYPES__ (the default LEAD, SIGNER and ENDORSER among them), so every relationship of those types is travelled
// unchecked; roles that take one of LEAD and SIGNER without the other fill it with shortest-path-roles.cypher, which
// checks each relationship's role. Without that check a search that finds no path, and so reads every actor and
// letter it can reach, costs a quarter as much (395 against 107 ms on the 50k bench store).
// The search stops at 10 relationships, the service's hard cap: a bound of a variable-length pattern cannot be a
// parameter. $maxHops (1..10) is applied to the result: the path found is a shortest one, so when it is longer
// there is none within $maxHops. One row, always: fromFound and toFound say whether the ids are actors; nodes
// (from $from to $to) and hops (hops[i] joins nodes[i] and nodes[i + 1]) are null when there is no path.
// __TYPES__ is filled from the allow-list with the relationship types of the roles asked only (SIGNED|ENDORSED for
// the default roles), so the search never loads the ADDRESSED_TO and CC relationships it would then reject; for
// an analyst, SIGNED|ENDORSED|ADDRESSED_TO|CC covers every role.
// Through the default roles the service finds the path in its in-memory co-signature index instead and reads it back
// with shortest-path-indexed.cypher; this statement answers for other roles, and while the index is being rebuilt.
// $from, $to: actor ids; $maxHops.
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[:__TYPES__*..10]-(b))
WHERE __ROLES__
WITH a, b, CASE WHEN length(p) <= $maxHops THEN p END AS p
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  [n IN nodes(p) | n {.id, .name, .title, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {relationship: type(r), role:
    CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER' WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE'
      ELSE 'CC' END}] AS hops
