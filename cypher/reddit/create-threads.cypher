// Creates threads that are not in the graph yet (reddit/existing-ids said so, in the same transaction): no
// comparison with stored values is needed, and analysisPending is set. $rows: ThreadRow maps
// (ingest/reddit/reddit-rows.ts); the normalizer has already erased deleted and removed bodies.
UNWIND $rows AS row
CREATE (t:Thread {id: row.id})
SET t += row.set,
    t.score = toInteger(row.ints.score),
    t.numComments = toInteger(row.ints.numComments),
    t.createdAt = datetime({epochMillis: toInteger(row.times.createdAt)}),
    t.edited = CASE WHEN row.times.edited IS NULL THEN null ELSE datetime({epochMillis: toInteger(row.times.edited)}) END,
    t.lastSeenAt = CASE
      WHEN row.times.lastSeenAt IS NULL THEN null
      ELSE datetime({epochMillis: toInteger(row.times.lastSeenAt)})
    END,
    t.analysisPending = true
