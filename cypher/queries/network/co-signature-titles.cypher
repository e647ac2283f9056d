// Every letter's title, for the co-signature index to answer a shortest path alone; see CoSignatureIndex.
MATCH (l:Letter)
RETURN l.id AS letter, l.title AS title
