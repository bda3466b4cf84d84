// Authorship of comments created in this transaction: each author is merged once per batch, not once per comment,
// and POSTED is created rather than merged, since a comment created in this transaction has no edges yet.
// Comments that existed before (updated) go through reddit/link-comment-authors instead.
// $authors: [{name, flair, ids}] — one entry per real author ([deleted] makes no user), flair the latest seen.
UNWIND $authors AS author
MERGE (u:RedditUser {name: author.name})
SET u.flair = coalesce(author.flair, u.flair)
WITH u, author
UNWIND author.ids AS id
MATCH (c:Comment {id: id})
CREATE (u)-[:POSTED]->(c)
