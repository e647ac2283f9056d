// Every source, oldest first.
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.date, s.id
