// Records that the bundled dataset with this checksum is loaded, so an unchanged dataset is not loaded again.
MERGE (d:__LettergraphDataset {name: $name})
SET d.checksum = $checksum, d.loadedAt = datetime()
