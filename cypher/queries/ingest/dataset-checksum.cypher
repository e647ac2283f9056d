// The checksum of the bundled dataset last loaded into this database, if any.
OPTIONAL MATCH (d:__LettergraphDataset {name: $name})
RETURN d.checksum AS checksum
