// Model.announcements: release threads (ANNOUNCES), newest first, with the rule and evidence behind each.
MATCH (:Model {key: $key})<-[r:ANNOUNCES]-(t:Thread)
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN r {.*} AS rel, t {.*, author: u.name, __typename: 'Thread'} AS thread
ORDER BY t.createdAt DESC
LIMIT toInteger($limit)
