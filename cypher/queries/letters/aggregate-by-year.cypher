// letters/aggregate and letters/group-by-year in one statement, for a request that asks for both over the same
// filter (__LETTERS__: letters/from/all or letters/from/program): the letters are read once, counted per year with
// each year's date range and signatures (LEAD and SIGNER edges, from the degree store), and the years summed.
// groups: per year (null: undated), most first, then by value, as letters/group-by-year orders them.
__LETTERS__
WITH l.date.year AS year, count(l) AS count, min(l.date) AS first, max(l.date) AS last,
     sum(COUNT { (l)<-[:SIGNED]-() }) AS signatures
WITH CASE WHEN year IS NULL THEN null ELSE toString(year) END AS value, count, first, last, signatures
ORDER BY count DESC, value
RETURN sum(count) AS count, min(first) AS dateMin, max(last) AS dateMax, sum(signatures) AS signatures,
       collect({value: value, count: count}) AS groups
