// Ordering key of a list of letters (l is the letter): its title, case ignored.
toLower(l.title)
