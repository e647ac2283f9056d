// How many letters match the filters of letters/page (__WHERE__, same fragments; no paging).
MATCH (l:Letter)
WHERE __WHERE__
RETURN count(l) AS total
