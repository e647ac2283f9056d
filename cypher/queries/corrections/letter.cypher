// A letter as a correction starts from ($id): every property as stored, and what it asks of each program.
MATCH (l:Letter {id: $id})
RETURN l {.*} AS letter,
       COLLECT { MATCH (l)-[c:CONCERNS]->(p:Program) RETURN {program: p.id, ask: c.ask} ORDER BY p.id } AS concerns
