// Puts back an actor a merge took in, with its own labels (Actor and __LABEL__, from the allow-list) and exactly the
// properties it had ($properties).
CREATE (a:Actor:__LABEL__)
SET a = $properties
RETURN count(a) AS written
