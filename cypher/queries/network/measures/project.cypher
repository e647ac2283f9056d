// Projects the co-signature network of the letters l matching __LETTER__ into Graph Data Science under $_graph:
// actors joined, in both directions, by the letters they signed or endorsed together, weighted by how many. The
// pairs go in a fixed order so the same graph gives the same scores. One row: projected is 0 when the window holds
// no pair of co-signers (nothing is projected then, and the measures are not run). Needs GDS 2.x on the server.
// A subquery body: use as CALL () { __PROJECT__ }.
MATCH (l:Letter)
WHERE __LETTER__
MATCH (x:Actor)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(y:Actor)
WHERE x.id < y.id
WITH x, y, count(DISTINCT l) AS shared
ORDER BY x.id, y.id
WITH gds.graph.project($_graph, x, y, {relationshipProperties: {weight: toFloat(shared)}},
  {undirectedRelationshipTypes: ['*']}) AS projection
RETURN count(projection) AS projected
