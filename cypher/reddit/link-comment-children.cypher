// REPLY_TO to comments just created from replies that arrived before them (dumps sorted by time, files in any
// order): found by the comment_parent index. $ids: ids of the comments just created.
// The index hint keeps the plan right when it was planned on a nearly empty graph: a label scan per row once
// made one 20,000-comment batch take four minutes. Most new comments have no earlier reply, so the children are
// sought first and the comment itself only for those that have one; a reply that already has its REPLY_TO (a
// reply has one parent, linked by reddit/create-comments when both came in the same batch) is passed over.
UNWIND $ids AS id
MATCH (child:Comment {parentId: id})
USING INDEX child:Comment(parentId)
WHERE child.threadId <> id AND NOT (child)-[:REPLY_TO]->()
WITH child, id
MATCH (c:Comment {id: id})
CREATE (child)-[:REPLY_TO]->(c)
