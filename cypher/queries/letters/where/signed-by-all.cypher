// Fragment of a letter filter (l is the letter): every actor of $_ids signed it (as lead or signer).
all(signerId IN $_ids WHERE EXISTS { (l)<-[:SIGNED]-(:Actor {id: signerId}) })
