// Every actor a news report may name, for reading it: names and aliases, an official's office (as held, else as
// the latest letter addressed or copied to them gives it), and a person's affiliations with their titles.
MATCH (a:Actor)
OPTIONAL MATCH (a)-[office:HOLDS_OFFICE]->(agency:Organization)
WITH a, head(collect({title: office.title, organization: agency.name})) AS held
OPTIONAL MATCH (:Letter)-[r:ADDRESSED_TO|CC]->(a)
WITH a, held, r ORDER BY r.createdAt DESC
WITH a, held, head(collect({title: r.title, organization: r.organization})) AS named
RETURN a.id AS id, [l IN labels(a) WHERE l IN ['Organization', 'Lawmaker', 'Official', 'Person']][0] AS label,
       a.name AS name, coalesce(a.aliases, []) AS aliases,
       coalesce(held.title, named.title) AS title, coalesce(held.organization, named.organization) AS organization,
       COLLECT { MATCH (a)-[f:AFFILIATED_WITH]->(o:Organization) RETURN {organizationId: o.id, title: f.title} }
         AS affiliations
