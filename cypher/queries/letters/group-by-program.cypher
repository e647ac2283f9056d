// The letters that match the filters (__WHERE__), counted per program they concern (a letter about two programs
// counts for each), most first.
MATCH (l:Letter)
WHERE __WHERE__
MATCH (l)-[:CONCERNS]->(p:Program)
WITH p.id AS value, count(DISTINCT l) AS count
RETURN value, count
ORDER BY count DESC, value
