// Part of a participation pattern (r is the actor's edge to the letter): a SIGNED edge must carry one of the roles
// $_roles (LEAD or SIGNER); the other edge types are roles of their own.
(type(r) <> 'SIGNED' OR r.role IN $_roles)
