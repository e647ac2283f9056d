// Fragment of a letter filter (l is the letter): its signers (LEAD and SIGNER) number between $_gte and $_lte, either
// end open when null. The far node is left unlabelled so the count comes from the degree store.
coalesce($_gte, 0) <= COUNT { (l)<-[:SIGNED]-() } <= coalesce($_lte, 2147483647)
