// Fragment of an actor filter (a is the actor): like took-part, but the number of such letters is between $_gte and
// $_lte (either end open when null); a letter the actor both signed and endorsed counts once.
coalesce($_gte, 1) <= COUNT { MATCH (a)-[r:__TYPES__]-(l:Letter) WHERE __ROLE__ AND __LETTER__ RETURN DISTINCT l }
  <= coalesce($_lte, 2147483647)
