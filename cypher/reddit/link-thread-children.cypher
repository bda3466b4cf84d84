// REPLY_TO to threads just created from top-level comments that arrived before them (a comments file loaded
// before its submissions file). $ids: ids of the threads just created.
// The index hint keeps the plan right when it was planned on a nearly empty graph (see link-comment-children).
UNWIND $ids AS id
MATCH (t:Thread {id: id})
MATCH (child:Comment {parentId: id})
USING INDEX child:Comment(parentId)
WHERE child.threadId = id
MERGE (child)-[:REPLY_TO]->(t)
