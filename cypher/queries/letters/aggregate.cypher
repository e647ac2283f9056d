// How many letters match the filters (__WHERE__, from the fragments in letters/where/), their date range, and how
// many signatures (LEAD and SIGNER edges, from the degree store) they carry in all.
MATCH (l:Letter)
WHERE __WHERE__
RETURN count(l) AS count, min(l.date) AS dateMin, max(l.date) AS dateMax,
       sum(COUNT { (l)<-[:SIGNED]-() }) AS signatures
