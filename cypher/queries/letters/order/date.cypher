// Ordering key of a list of letters (l is the letter): its date, then id (sortKey is date|id; unknown dates sort
// as 0000-00-00, last when newest come first).
l.sortKey
