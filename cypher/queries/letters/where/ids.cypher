// Fragment of a letter filter (l is the letter): its id is one of $_ids.
l.id IN $_ids
