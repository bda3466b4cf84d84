// REPLY_TO to comments just created from replies that arrived before them (dumps sorted by time, files in any
// order): found by the comment_parent index. $ids: ids of the comments just created.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
MATCH (child:Comment {parentId: id})
WHERE child.threadId <> id
MERGE (child)-[:REPLY_TO]->(c)
