// Model.evaluations: threads that evaluate the model (EVALUATES), newest first, with rule and evidence.
MATCH (:Model {key: $key})<-[r:EVALUATES]-(t:Thread)
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN r {.*} AS rel, t {.*, author: u.name, __typename: 'Thread'} AS thread
ORDER BY t.createdAt DESC
LIMIT toInteger($limit)
