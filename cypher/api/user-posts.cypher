// RedditUser.posts: one page of the user's threads and comments, newest first, with the total.
MATCH (u:RedditUser {name: $name})
WITH u, COUNT { (u)-[:POSTED]->() } AS total
OPTIONAL CALL (u) {
  MATCH (u)-[:POSTED]->(p)
  RETURN p
  ORDER BY p.createdAt DESC, p.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
}
RETURN total,
       collect(CASE WHEN p IS NULL THEN NULL ELSE
         p {.*, author: u.name, __typename: CASE WHEN p:Thread THEN 'Thread' ELSE 'Comment' END}
       END) AS page
