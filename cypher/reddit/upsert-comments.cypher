// Creates or updates the nodes of one batch of comments; edges are made by the reddit/link-* queries for the
// ids this returns. $rows: CommentRow maps (ingest/reddit/reddit-rows.ts): id, set (strings, booleans,
// lists; null removes), ints, times (epoch ms; a missing key keeps what is stored). Deletion is sticky: once seen
// deleted or removed, the body stays erased, whatever an older copy says (Reddit's terms). analysisPending is set when the comment is new or
// its body changed.
// Returns the ids created, the ids whose properties changed, and how many rows were already as given.
UNWIND $rows AS row
MERGE (c:Comment {id: row.id})
WITH c, row, properties(c) AS before
SET c += row.set
SET c.deleted = coalesce(before.deleted, false) OR row.set.deleted,
    c.removed = coalesce(before.removed, false) OR row.set.removed,
    c.wasDeletedLater = CASE WHEN before.wasDeletedLater = true THEN true ELSE c.wasDeletedLater END,
    c.score = CASE WHEN 'score' IN keys(row.ints) THEN toInteger(row.ints.score) ELSE c.score END,
    c.depth = CASE WHEN 'depth' IN keys(row.ints) THEN toInteger(row.ints.depth) ELSE c.depth END,
    c.createdAt = datetime({epochMillis: toInteger(row.times.createdAt)}),
    c.edited = CASE
      WHEN NOT 'edited' IN keys(row.times) THEN c.edited
      WHEN row.times.edited IS NULL THEN null
      ELSE datetime({epochMillis: toInteger(row.times.edited)})
    END,
    c.lastSeenAt = CASE
      WHEN row.times.lastSeenAt IS NULL THEN c.lastSeenAt
      ELSE datetime({epochMillis: toInteger(row.times.lastSeenAt)})
    END
SET c.body = CASE WHEN c.deleted OR c.removed THEN null ELSE c.body END
WITH c, row, before, before.createdAt IS NULL AS created
WITH c, row, before, created, created OR coalesce(before.body, '') <> coalesce(c.body, '') AS textChanged
SET c.analysisPending = CASE WHEN textChanged THEN true ELSE c.analysisPending END
WITH c, row, created, properties(c) <> before AS changed
RETURN
  collect(CASE WHEN created THEN c.id END) AS createdIds,
  collect(CASE WHEN NOT created AND changed THEN c.id END) AS updatedIds,
  sum(CASE WHEN NOT created AND NOT changed THEN 1 ELSE 0 END) AS unchanged
