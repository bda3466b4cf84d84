// Benchmark: marks threads and comments pending, as an ingest of new or changed posts would: all of them when
// $suffixes is null, else those whose base36 id (before a replica's '_N') ends in one of $suffixes (['a'] is
// about 1 in 36). Auto-commit, in batches.
CALL () {
  MATCH (t:Thread)
  RETURN t AS p
  UNION
  MATCH (c:Comment)
  RETURN c AS p
}
WITH p
WHERE $suffixes IS NULL OR right(split(p.id, '_')[0], 1) IN $suffixes
CALL (p) {
  SET p.analysisPending = true
} IN TRANSACTIONS OF 10000 ROWS
