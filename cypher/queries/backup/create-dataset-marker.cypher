// Restores the bookkeeping node that records which bundled dataset was loaded (its checksum), so a restored
// database does not load the bundled dataset again at the next start. $rows: [{name, checksum, loadedAt}]
UNWIND $rows AS row
CREATE (d:__LettergraphDataset)
SET d = row
RETURN count(d) AS written
