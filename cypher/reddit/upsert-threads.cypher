// Creates or updates the nodes of one batch of threads; edges are made by the reddit/link-* queries for the
// ids this returns. $rows: ThreadRow maps (ingest/reddit/reddit-rows.ts): id, set (strings, booleans,
// lists; null removes), ints, times (epoch ms; a missing key keeps what is stored). Deletion is sticky: once seen
// deleted or removed, the body stays erased (the title stays, as on Reddit). analysisPending is set when the
// thread is new or its title or body changed.
// Returns the ids created, the ids whose properties changed, and how many rows were already as given.
UNWIND $rows AS row
MERGE (t:Thread {id: row.id})
WITH t, row, properties(t) AS before
SET t += row.set
SET t.deleted = coalesce(before.deleted, false) OR row.set.deleted,
    t.removed = coalesce(before.removed, false) OR row.set.removed,
    t.wasDeletedLater = CASE WHEN before.wasDeletedLater = true THEN true ELSE t.wasDeletedLater END,
    t.score = CASE WHEN 'score' IN keys(row.ints) THEN toInteger(row.ints.score) ELSE t.score END,
    t.numComments = CASE
      WHEN 'numComments' IN keys(row.ints) THEN toInteger(row.ints.numComments)
      ELSE t.numComments
    END,
    t.createdAt = datetime({epochMillis: toInteger(row.times.createdAt)}),
    t.edited = CASE
      WHEN NOT 'edited' IN keys(row.times) THEN t.edited
      WHEN row.times.edited IS NULL THEN null
      ELSE datetime({epochMillis: toInteger(row.times.edited)})
    END,
    t.lastSeenAt = CASE
      WHEN row.times.lastSeenAt IS NULL THEN t.lastSeenAt
      ELSE datetime({epochMillis: toInteger(row.times.lastSeenAt)})
    END
SET t.body = CASE WHEN t.deleted OR t.removed THEN null ELSE t.body END
WITH t, row, before, before.createdAt IS NULL AS created
WITH t, row, before, created,
     created OR coalesce(before.body, '') <> coalesce(t.body, '') OR before.title <> t.title AS textChanged
SET t.analysisPending = CASE WHEN textChanged THEN true ELSE t.analysisPending END
WITH t, row, created, properties(t) <> before AS changed
RETURN
  collect(CASE WHEN created THEN t.id END) AS createdIds,
  collect(CASE WHEN NOT created AND changed THEN t.id END) AS updatedIds,
  sum(CASE WHEN NOT created AND NOT changed THEN 1 ELSE 0 END) AS unchanged
