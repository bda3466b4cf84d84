// Thread.comments: every comment of the thread (by the threadId index), with author and codes, in tree order
// (depth, then time); parentId links them. At most $limit.
MATCH (c:Comment {threadId: $id})
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
RETURN c {.*, author: u.name, __typename: 'Comment',
          codes: COLLECT { MATCH (c)-[k:CODED|CLASSIFIED]->(code:Code) RETURN k {.*, type: type(k), code: code.name} }
       } AS comment
ORDER BY c.depth, c.createdAt, c.id
LIMIT toInteger($limit)
