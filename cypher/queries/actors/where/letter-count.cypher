// Fragment of an actor filter (a is the actor): it signed (LEAD or SIGNER) between $_gte and $_lte letters, either
// end open when null. The far node is left unlabelled so the count comes from the degree store.
coalesce($_gte, 0) <= COUNT { (a)-[:SIGNED]->() } <= coalesce($_lte, 2147483647)
