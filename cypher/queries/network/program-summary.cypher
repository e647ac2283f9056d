// What the letters about one program add up to: how many, how many distinct actors signed or endorsed them, the
// dates of the first and last, and per calendar year the letters and their distinct signers (oldest year first;
// undated letters count in the totals only). No row for an unknown id.
// $id: the program.
MATCH (p:Program {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)<-[:CONCERNS]-(l:Letter)
  RETURN count(DISTINCT l) AS letters, min(l.date) AS firstLetter, max(l.date) AS lastLetter
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:CONCERNS]-(:Letter)<-[:SIGNED|ENDORSED]-(a:Actor)
  RETURN count(DISTINCT a) AS signers
}
CALL (p) {
  MATCH (p)<-[:CONCERNS]-(l:Letter)
  WHERE l.date IS NOT NULL
  OPTIONAL MATCH (l)<-[:SIGNED|ENDORSED]-(a:Actor)
  WITH l.date.year AS year, count(DISTINCT l) AS letters, count(DISTINCT a) AS signers
  ORDER BY year
  RETURN collect({year: year, letters: letters, signers: signers}) AS byYear
}
RETURN p.id AS programId, letters, signers, firstLetter, lastLetter, byYear
