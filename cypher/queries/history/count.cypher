// How many changes are about a letter or actor ($id, $query as in history/page), and whether the id names a letter or
// actor the graph holds now.
CALL {
  CALL db.index.fulltext.queryNodes('change_subjects', $query) YIELD node
  WHERE $id IN node.subjects
  RETURN count(node) AS total
}
RETURN total, EXISTS { MATCH (:Actor {id: $id}) } OR EXISTS { MATCH (:Letter {id: $id}) } AS held
