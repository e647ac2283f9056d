// The sources that report each letter, with the signer count each one states. $ids: letter ids.
UNWIND $ids AS id
MATCH (:Letter {id: id})-[r:REPORTED_IN]->(s:Source)
RETURN id AS letterId, s {.*} AS source, r.signerCount AS signerCount,
       r.signerCountQualifier AS signerCountQualifier
ORDER BY letterId, s.date, s.id
