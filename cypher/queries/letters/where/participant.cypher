// Fragment of a letter filter (l is the letter): the actor $_id took part in any role.
(EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $_id}) } OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $_id}) })
