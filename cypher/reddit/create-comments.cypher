// Creates comments that are not in the graph yet (reddit/existing-ids said so, in the same transaction): no
// comparison with stored values is needed, and analysisPending is set. $rows: CommentRow maps
// (ingest/reddit/reddit-rows.ts); the normalizer has already erased deleted and removed bodies.
// Authors first: each is merged once per batch ($authors: [{name, flair}], sorted so concurrent writers lock users
// in one order; flair the latest seen), and POSTED is created here, since a new comment has no edges yet.
// $authorAt[i] is the position in $authors of $rows[i]'s author (null for none or [deleted]): the user is the node
// this statement holds, not another seek of the comment by id in a second statement.
// The same statement makes REPLY_TO to each parent already in the graph or in this batch (a thread when parentId
// is the comment's threadId, a comment otherwise): the new node is at hand, so no second lookup by id, and Cypher
// runs the parent match only after every row is created, so a reply before its parent in the batch is linked too.
// Parents that arrive later link their children themselves (reddit/link-comment-children, link-thread-children).
CALL () {
  UNWIND range(0, size($authors) - 1) AS i
  WITH i, $authors[i] AS author
  MERGE (u:RedditUser {name: author.name})
  SET u.flair = coalesce(author.flair, u.flair)
  WITH i, u ORDER BY i
  RETURN collect(u) AS users
}
UNWIND range(0, size($rows) - 1) AS i
WITH users, i, $rows[i] AS row
CREATE (c:Comment {id: row.id})
SET c += row.set,
    c.score = toInteger(row.ints.score),
    c.depth = toInteger(row.ints.depth),
    c.createdAt = datetime({epochMillis: toInteger(row.times.createdAt)}),
    c.edited = CASE WHEN row.times.edited IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.times.edited)}) END,
    c.lastSeenAt = CASE
      WHEN row.times.lastSeenAt IS NULL THEN null
      ELSE datetime({epochMillis: toInteger(row.times.lastSeenAt)})
    END,
    c.analysisPending = true
FOREACH (u IN CASE WHEN $authorAt[i] IS NULL THEN [] ELSE [users[toInteger($authorAt[i])]] END | CREATE (u)-[:POSTED]->(c))
WITH c, row
// One seek per row: the id that does not apply is null, and a seek for null finds nothing.
OPTIONAL MATCH (t:Thread {id: CASE WHEN row.parentId = row.threadId THEN row.parentId END})
OPTIONAL MATCH (p:Comment {id: CASE WHEN row.parentId <> row.threadId THEN row.parentId END})
WITH c, coalesce(t, p) AS parent
WHERE parent IS NOT NULL
CREATE (c)-[:REPLY_TO]->(parent)
