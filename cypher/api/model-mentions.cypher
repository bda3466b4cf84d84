// Model.mentions: one page of the threads and comments that mention the model, newest first, with the total.
MATCH (m:Model {key: $key})
WITH m, COUNT { (m)<-[:MENTIONS]-(p) WHERE p:Thread OR p:Comment } AS total
OPTIONAL CALL (m) {
  MATCH (m)<-[r:MENTIONS]-(p)
  WHERE p:Thread OR p:Comment
  RETURN r, p
  ORDER BY p.createdAt DESC, p.id
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
}
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(p)
RETURN total,
       collect(CASE WHEN p IS NULL THEN NULL ELSE {
         rel: r {.*},
         post: p {.*, author: u.name, __typename: CASE WHEN p:Thread THEN 'Thread' ELSE 'Comment' END}
       } END) AS page
