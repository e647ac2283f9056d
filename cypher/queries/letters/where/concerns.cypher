// Fragment of a letter filter (l is the letter): about the program $_id.
EXISTS { (l)-[:CONCERNS]->(:Program {id: $_id}) }
