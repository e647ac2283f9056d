// Fragment for the __ROLES__ slot of shortest-path.cypher, when the roles asked take one of LEAD and SIGNER without
// the other: every relationship of the path must be of a role in $_roles (SIGNED carries LEAD or SIGNER; ENDORSED is
// ENDORSER, ADDRESSED_TO is ADDRESSEE, CC is CC).
all(r IN relationships(p) WHERE
  CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER' WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE'
    ELSE 'CC' END IN $_roles)
