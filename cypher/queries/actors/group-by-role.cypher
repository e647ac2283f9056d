// The actors that match the filters (__ACTORS__, the head of actors/page), counted per role they took part in the
// letters of the filter's top-level letters (__TYPES__, __ROLE__, __LETTER__; every letter when it has none): an
// actor that led one letter and signed another counts for both roles. Most first.
__ACTORS__
MATCH (a)-[r:__TYPES__]-(l:Letter)
WHERE __ROLE__ AND __LETTER__
WITH CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER' WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE'
       ELSE 'CC' END AS value, a
WITH value, count(DISTINCT a) AS count
RETURN value, count
ORDER BY count DESC, value
