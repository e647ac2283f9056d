// The letters that match the filters (__WHERE__), counted per year (null: undated), most first.
MATCH (l:Letter)
WHERE __WHERE__
WITH l.date.year AS year, count(l) AS count
RETURN CASE WHEN year IS NULL THEN null ELSE toString(year) END AS value, count
ORDER BY count DESC, value
