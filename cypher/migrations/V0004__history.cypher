// Corrections keep a history: one :Change node per change (who, when, what, before and after), found by the ids of
// the letters and actors it is about; and one :Merge node per merge of actors, recording what the merge moved so
// that it can be undone.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_kept_id IF NOT EXISTS FOR (m:Merge) ON (m.keptId);
// Exact lookup of every change about an id: the keyword analyzer keeps each id whole.
CREATE FULLTEXT INDEX change_subjects IF NOT EXISTS FOR (c:Change) ON EACH [c.subjects]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
