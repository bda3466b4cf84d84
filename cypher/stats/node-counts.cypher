// Node counts per label, for `commons stats` and the API's `stats` (dynamic labels: Neo4j 5.26+).
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
