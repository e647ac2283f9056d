// The letters of a window of the co-signature network, each with its year, for the in-memory co-signature index
// to count the network in (see CoSignatureIndex), and the graph's fingerprint in the same statement, so the index
// is used only when it was built from this graph.
// __LETTERS__: the letters the filter keeps (letters/from/all, its dates seeking the letter_date index, or
//              letters/from/program when it names a program and no dates); ends with WITH l.
CALL () {
  __LETTERS__
  RETURN collect([l.id, l.date.year]) AS window
}
RETURN window, COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
       COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters
