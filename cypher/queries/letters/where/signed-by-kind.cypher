// Fragment of a letter filter (l is the letter): at least one actor of one kind signed it; __LABEL__ is an
// actor label from the allow-list (Organization, Lawmaker, Official, Person).
EXISTS { (l)<-[:SIGNED]-(:__LABEL__) }
