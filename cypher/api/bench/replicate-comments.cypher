// Benchmark graph: copies every real comment with its author edge once per copy number in [$from, $to]; id,
// threadId and parentId get the suffix '_' + copy, so each copy keeps the real thread's tree shape (depths,
// parents, authors, scores, bodies). Rows carry only node references (a collected template list in every row
// would make each batch account for all of it). MERGE: a rerun after a crash adds nothing twice.
UNWIND range(toInteger($from), toInteger($to)) AS copy
MATCH (c:Comment)
WHERE c.replica IS NULL
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
} IN TRANSACTIONS OF 10000 ROWS
