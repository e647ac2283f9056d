// Candidates for the people a letter names by surname only ("Dear Secretary Mayorkas", "cc: Senator Durbin"), for
// every such participant of a write in one statement: the actors of the given labels whose name or an alias holds
// the surname as a word, with what tells them apart. The code keeps those whose name ends with the surname and
// whose title fits the letter's ("Secretary", "Senator", "Director").
// What tells them apart: the actor's own title, the titles of its offices and affiliations, the titles letters
// gave it as addressee or cc, a lawmaker's chamber, and whether this letter already names it in this role (a
// corrected record, ingested earlier, wrote the edge).
// $wanted: [{key: the surname's normalised key, written: the surname as the letter writes it,
//            query: the surname as quoted phrases for the actor_names index (name and aliases fields),
//            labels: the actor labels to consider, letterId, link: ADDRESSED_TO, CC, SIGNED or ENDORSED}]
UNWIND $wanted AS w
CALL db.index.fulltext.queryNodes('actor_names', w.query, {limit: 100}) YIELD node
WITH w, node
WHERE any(label IN labels(node) WHERE label IN w.labels)
OPTIONAL MATCH (l:Letter {id: w.letterId})
RETURN w.key AS key, w.written AS written, w.labels AS labels, w.letterId AS letterId, w.link AS link,
       node.id AS id, node.name AS name, [label IN labels(node) WHERE label <> 'Actor'][0] AS label,
       coalesce(node.aliases, []) AS aliases, node.chamber AS chamber,
       [t IN [node.title] WHERE t IS NOT NULL]
         + COLLECT { MATCH (node)-[o:HOLDS_OFFICE|AFFILIATED_WITH]->() WHERE o.title IS NOT NULL RETURN o.title }
         + COLLECT { MATCH (node)<-[r:ADDRESSED_TO|CC]-(:Letter) WHERE r.title IS NOT NULL
                     RETURN DISTINCT r.title LIMIT 20 } AS titles,
       l IS NOT NULL AND CASE w.link
         WHEN 'ADDRESSED_TO' THEN EXISTS { (l)-[:ADDRESSED_TO]->(node) }
         WHEN 'CC' THEN EXISTS { (l)-[:CC]->(node) }
         WHEN 'SIGNED' THEN EXISTS { (node)-[:SIGNED]->(l) }
         ELSE EXISTS { (node)-[:ENDORSED]->(l) } END AS onLetter
ORDER BY key, letterId, link, id
