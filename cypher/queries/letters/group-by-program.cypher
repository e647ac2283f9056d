// The letters that match the filters (__LETTERS__: letters/from/all or letters/from/program), counted per program they concern (a letter about two programs
// counts for each), most first.
__LETTERS__
MATCH (l)-[:CONCERNS]->(p:Program)
WITH p.id AS value, count(DISTINCT l) AS count
RETURN value, count
ORDER BY count DESC, value
