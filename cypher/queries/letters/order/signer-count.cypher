// Ordering key of a list of letters (l is the letter): how many signed it (LEAD and SIGNER), from the degree store.
COUNT { (l)<-[:SIGNED]-() }
