// How many letters match the filters (__LETTERS__: letters/from/all or letters/from/program), their date range, and how
// many signatures (LEAD and SIGNER edges, from the degree store) they carry in all.
__LETTERS__
RETURN count(l) AS count, min(l.date) AS dateMin, max(l.date) AS dateMax,
       sum(COUNT { (l)<-[:SIGNED]-() }) AS signatures
