// Letters are listed newest first and paged by sortKey (date|id): one index serves both the order and the cursor.
CREATE INDEX letter_sort_key IF NOT EXISTS FOR (l:Letter) ON (l.sortKey);
CREATE INDEX letter_date IF NOT EXISTS FOR (l:Letter) ON (l.date);
// A letter is recognised again by its date and normalised title.
CREATE INDEX letter_title_key IF NOT EXISTS FOR (l:Letter) ON (l.titleKey);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX source_date IF NOT EXISTS FOR (s:Source) ON (s.date);
