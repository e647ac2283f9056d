// The letters that match the filters (__LETTERS__: letters/from/all or letters/from/program), counted per year (null: undated), most first.
__LETTERS__
WITH l.date.year AS year, count(l) AS count
RETURN CASE WHEN year IS NULL THEN null ELSE toString(year) END AS value, count
ORDER BY count DESC, value
