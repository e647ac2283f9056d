// The actors that match the filters (__ACTORS__, the head of actors/page), counted per value of __KEY__ (a fragment of actors/group/: kind,
// party, state or category; null where an actor has none), most first.
__ACTORS__
WITH __KEY__ AS value, count(a) AS count
RETURN value, count
ORDER BY count DESC, value
