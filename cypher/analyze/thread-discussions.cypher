// Whole threads for the peer-help analyzer: the post (flair, text, author) and every comment as a positional
// list [id, parentId, text, author, time (epoch ms)] — the driver decodes every key of every map, and a thread
// page holds tens of thousands of comments (ingest/analyze/derive-help.ts, discussionOf). $threadIds.
UNWIND $threadIds AS threadId
MATCH (t:Thread {id: threadId})
OPTIONAL MATCH (tu:RedditUser)-[:POSTED]->(t)
CALL (t) {
  MATCH (c:Comment {threadId: t.id})
  OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
  RETURN collect([c.id, c.parentId, c.body, u.name, c.createdAt.epochMillis]) AS comments
}
RETURN t.id AS id, t.flair AS flair, t.title AS title, t.body AS body, tu.name AS author, comments
