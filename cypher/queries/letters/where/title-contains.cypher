// Fragment of a letter filter (l is the letter): the title holds $_text, lower-cased by the caller; case ignored.
toLower(l.title) CONTAINS $_text
