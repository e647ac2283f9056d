// Fragment of a letter filter (l is the letter): addressed to the actor $_id.
EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $_id}) }
