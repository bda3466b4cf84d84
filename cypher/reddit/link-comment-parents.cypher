// REPLY_TO from comments just created to their parent, when the parent is already in the graph (a thread when
// parentId is the comment's threadId, a comment otherwise). Parents that arrive later link their children
// themselves (reddit/link-comment-children, reddit/link-thread-children). $rows: [{id, parentId, threadId}].
UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
OPTIONAL MATCH (t:Thread {id: row.parentId})
  WHERE row.parentId = row.threadId
OPTIONAL MATCH (p:Comment {id: row.parentId})
  WHERE row.parentId <> row.threadId
WITH c, coalesce(t, p) AS parent
WHERE parent IS NOT NULL
MERGE (c)-[:REPLY_TO]->(parent)
