// Benchmark graph: copies every real comment with its author edge once per copy number in [$from, $to]; id,
// threadId and parentId get the suffix '_' + copy, so each copy keeps the real thread's tree shape (depths,
// parents, authors, scores, bodies; replicate-replies.cypher copies the REPLY_TO edges). The real comments are
// found once per call, before the copies multiply the rows (matching after UNWIND scanned every comment, replicas
// included, once per copy). Rows carry only node references, so each batch's memory stays small. MERGE: a rerun
// after a crash adds nothing twice.
MATCH (c:Comment)
WHERE c.replica IS NULL
UNWIND range(toInteger($from), toInteger($to)) AS copy
CALL (c, copy) {
  OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
  MERGE (x:Comment {id: c.id + '_' + toString(copy)})
  ON CREATE SET x = c {.*,
    id: c.id + '_' + toString(copy),
    threadId: c.threadId + '_' + toString(copy),
    parentId: c.parentId + '_' + toString(copy),
    replica: copy,
    analysisPending: false
  }
  FOREACH (user IN CASE WHEN u IS NULL THEN [] ELSE [u] END | MERGE (user)-[:POSTED]->(x))
} IN TRANSACTIONS OF 20000 ROWS
