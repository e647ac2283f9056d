// Ordering key of a list of actors (a is the actor): how many letters it signed (LEAD or SIGNER), from the degree
// store.
COUNT { (a)-[:SIGNED]->() }
