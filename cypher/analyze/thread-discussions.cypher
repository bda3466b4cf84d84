// Whole threads for the peer-help analyzer: the post (flair, text, author) and every comment with its parent,
// text, author and time. $threadIds.
UNWIND $threadIds AS threadId
MATCH (t:Thread {id: threadId})
OPTIONAL MATCH (tu:RedditUser)-[:POSTED]->(t)
CALL (t) {
  MATCH (c:Comment {threadId: t.id})
  OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
  RETURN collect({id: c.id, parentId: c.parentId, body: c.body, author: u.name, at: c.createdAt.epochMillis}) AS comments
}
RETURN t.id AS id, t.flair AS flair, t.title AS title, t.body AS body, tu.name AS author, comments
