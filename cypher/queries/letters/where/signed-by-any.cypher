// Fragment of a letter filter (l is the letter): at least one actor of $_ids signed it (as lead or signer).
// signedByNone is this fragment under NOT.
EXISTS { MATCH (l)<-[:SIGNED]-(signer:Actor) WHERE signer.id IN $_ids }
