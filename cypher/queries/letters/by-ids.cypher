// Letters by id ($ids), in no particular order; unknown ids are simply absent.
UNWIND $ids AS id
MATCH (l:Letter {id: id})
RETURN l {.*} AS letter
