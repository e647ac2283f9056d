// housekeeping (not part of any request): the most items each list field without paging can return anywhere in the
// graph, for the request cost limit (graph/ListSizes). Degrees come from the degree store (far nodes unlabelled);
// one pass over actors, programs, sources and letters.
CALL () {
  MATCH (a:Actor)
  RETURN max(COUNT { (a)-[:SIGNED|ENDORSED]->() } + COUNT { (a)<-[:ADDRESSED_TO|CC]-() }) AS actorLetters,
         max(size(coalesce(a.sources, []))) AS actorSources
}
CALL () {
  MATCH (p:Program)
  RETURN max(COUNT { (p)<-[:CONCERNS]-() }) AS programLetters
}
CALL () {
  MATCH (s:Source)
  RETURN max(COUNT { (s)<-[:REPORTED_IN]-() }) AS sourceLetters
}
CALL () {
  MATCH (l:Letter)
  RETURN max(COUNT { (l)-[:REPORTED_IN]->() }) AS letterSources,
         max(COUNT { (l)<-[:ENDORSED]-() }) AS letterEndorsers,
         max(COUNT { (l)<-[:ENDORSED]-() } + COUNT { (l)-[:ADDRESSED_TO|CC]->() }) AS letterParties,
         max(COUNT { (l)<-[:SIGNED|ENDORSED]-() }) AS letterSigners
}
RETURN actorLetters, actorSources, programLetters, sourceLetters, letterSources, letterEndorsers, letterParties,
       letterSigners
