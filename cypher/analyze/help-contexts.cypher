// What the peer-help judge needs for single replies: the reply and its author, its parent (the thread, or a
// comment) with author and text, the thread's flair, text and author, and the replies it got. $ids.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
MATCH (t:Thread {id: c.threadId})
OPTIONAL MATCH (tu:RedditUser)-[:POSTED]->(t)
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
OPTIONAL MATCH (p:Comment {id: c.parentId})
OPTIONAL MATCH (pu:RedditUser)-[:POSTED]->(p)
CALL (c) {
  OPTIONAL MATCH (r:Comment {parentId: c.id})
  OPTIONAL MATCH (ru:RedditUser)-[:POSTED]->(r)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: r.id, author: ru.name, text: coalesce(r.body, '')} END) AS followUps
}
RETURN c.id AS id, c.body AS body, u.name AS author, c.createdAt.epochMillis AS at,
       c.parentId = c.threadId AS topLevel, t.id AS threadId, t.flair AS flair, t.title AS title,
       t.body AS threadBody, tu.name AS threadAuthor, p.id AS parentId, p.body AS parentBody,
       pu.name AS parentAuthor, followUps
