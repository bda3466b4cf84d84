// Authorship of comments that were created or changed: (RedditUser)-[:POSTED]->(Comment). $rows: [{id, author,
// authorFlair}] with a real author ([deleted] makes no user). The user's flair is the latest one seen.
UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
MERGE (u:RedditUser {name: row.author})
SET u.flair = coalesce(row.authorFlair, u.flair)
MERGE (u)-[:POSTED]->(c)
