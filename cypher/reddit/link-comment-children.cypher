// REPLY_TO to comments just created from replies that arrived before them (dumps sorted by time, files in any
// order): found by the comment_parent index. $ids: ids of the comments just created.
// The index hint keeps the plan right when it was planned on a nearly empty graph: a label scan per row once
// made one 20,000-comment batch take four minutes.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
MATCH (child:Comment {parentId: id})
USING INDEX child:Comment(parentId)
WHERE child.threadId <> id
MERGE (child)-[:REPLY_TO]->(c)
