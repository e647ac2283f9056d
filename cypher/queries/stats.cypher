// How much the graph holds, by label and by relationship type. Every count is read from Neo4j's count store.
CALL { MATCH (n:Letter) RETURN count(n) AS letters }
CALL { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL { MATCH (n:Lawmaker) RETURN count(n) AS lawmakers }
CALL { MATCH (n:Official) RETURN count(n) AS officials }
CALL { MATCH (n:Person) RETURN count(n) AS people }
CALL { MATCH (n:Program) RETURN count(n) AS programs }
CALL { MATCH (n:Source) RETURN count(n) AS sources }
CALL { MATCH ()-[r:SIGNED]->() RETURN count(r) AS signed }
CALL { MATCH ()-[r:ENDORSED]->() RETURN count(r) AS endorsed }
CALL { MATCH ()-[r:ADDRESSED_TO]->() RETURN count(r) AS addressedTo }
CALL { MATCH ()-[r:CC]->() RETURN count(r) AS cc }
CALL { MATCH ()-[r:CONCERNS]->() RETURN count(r) AS concerns }
CALL { MATCH ()-[r:REPORTED_IN]->() RETURN count(r) AS reportedIn }
CALL { MATCH ()-[r:AFFILIATED_WITH]->() RETURN count(r) AS affiliatedWith }
CALL { MATCH ()-[r:HOLDS_OFFICE]->() RETURN count(r) AS holdsOffice }
CALL { MATCH ()-[r:RUN_BY]->() RETURN count(r) AS runBy }
CALL { MATCH ()-[r:STATEMENT_IN]->() RETURN count(r) AS statementIn }
CALL { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentionedIn }
CALL { MATCH ()-[r:AUTHORED]->() RETURN count(r) AS authored }
CALL { MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r) AS possiblySameAs }
RETURN letters, organizations, lawmakers, officials, people, programs, sources,
       [{label: 'Letter', count: letters}, {label: 'Organization', count: organizations},
        {label: 'Lawmaker', count: lawmakers}, {label: 'Official', count: officials},
        {label: 'Person', count: people}, {label: 'Program', count: programs},
        {label: 'Source', count: sources}] AS nodes,
       [{type: 'SIGNED', count: signed}, {type: 'ENDORSED', count: endorsed},
        {type: 'ADDRESSED_TO', count: addressedTo}, {type: 'CC', count: cc},
        {type: 'CONCERNS', count: concerns}, {type: 'REPORTED_IN', count: reportedIn},
        {type: 'AFFILIATED_WITH', count: affiliatedWith}, {type: 'HOLDS_OFFICE', count: holdsOffice},
        {type: 'RUN_BY', count: runBy}, {type: 'STATEMENT_IN', count: statementIn},
        {type: 'MENTIONED_IN', count: mentionedIn}, {type: 'AUTHORED', count: authored},
        {type: 'POSSIBLY_SAME_AS', count: possiblySameAs}] AS relationships
