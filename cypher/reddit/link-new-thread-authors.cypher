// Authorship of threads created in this transaction: each author is merged once per batch, and POSTED is created
// rather than merged, since a thread created in this transaction has no edges yet (see link-new-comment-authors).
// $authors: [{name, flair, ids}] — one entry per real author ([deleted] makes no user), flair the latest seen.
UNWIND $authors AS author
MERGE (u:RedditUser {name: author.name})
SET u.flair = coalesce(author.flair, u.flair)
WITH u, author
UNWIND author.ids AS id
MATCH (t:Thread {id: id})
CREATE (u)-[:POSTED]->(t)
