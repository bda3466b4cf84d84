// Ids of the direct replies to the given comments (by parentId), for incremental peer help. $ids.
UNWIND $ids AS id
MATCH (r:Comment {parentId: id})
RETURN r.id AS id
