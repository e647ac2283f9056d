// Restores nodes that share one set of labels, exactly as exported. __LABELS__ is filled from the service's
// allow-list of labels (e.g. Actor:Organization) before the statement runs; every property is a parameter.
// $rows: [{…the node's properties…}]
UNWIND $rows AS row
CREATE (n:__LABELS__)
SET n = row
RETURN count(n) AS written
