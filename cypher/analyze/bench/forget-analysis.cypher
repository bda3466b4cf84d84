// Benchmark: returns the graph to how a first ingest leaves it — every post pending and nothing derived from posts
// yet (MENTIONS, CLASSIFIED, ANNOUNCES, EVALUATES from threads and comments, HELPED) — so an incremental run has
// to write every derivation, none of which it finds already in place. CODED stays. Auto-commit, in batches.
CALL () {
  MATCH (p)-[r:MENTIONS|CLASSIFIED|ANNOUNCES|EVALUATES]->()
  WHERE p:Thread OR p:Comment
  RETURN r
  UNION
  MATCH ()-[r:HELPED]->()
  RETURN r
}
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
