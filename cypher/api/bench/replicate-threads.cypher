// Benchmark graph: copies every real thread (loaded by the real Reddit ingest) with its author edge and
// subreddit, once per copy number in [$from, $to]; ids get the suffix '_' + copy (base36 ids have no '_').
// The real threads are found once per call, before the copies multiply the rows. Rows carry only node
// references, so each batch's memory stays small. MERGE: a rerun adds nothing twice.
MATCH (t:Thread)
WHERE t.replica IS NULL
UNWIND range(toInteger($from), toInteger($to)) AS copy
CALL (t, copy) {
  OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
  OPTIONAL MATCH (t)-[:IN]->(s:Subreddit)
  MERGE (x:Thread {id: t.id + '_' + toString(copy)})
  ON CREATE SET x = t {.*, id: t.id + '_' + toString(copy), replica: copy, analysisPending: false}
  FOREACH (user IN CASE WHEN u IS NULL THEN [] ELSE [u] END | MERGE (user)-[:POSTED]->(x))
  FOREACH (sub IN CASE WHEN s IS NULL THEN [] ELSE [s] END | MERGE (x)-[:IN]->(sub))
} IN TRANSACTIONS OF 20000 ROWS
