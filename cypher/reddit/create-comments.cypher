// Creates comments that are not in the graph yet (reddit/existing-ids said so, in the same transaction): no
// comparison with stored values is needed, and analysisPending is set. $rows: CommentRow maps
// (ingest/reddit/reddit-rows.ts); the normalizer has already erased deleted and removed bodies.
UNWIND $rows AS row
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
