// For the cycle check before DERIVED_FROM is written: which of the batch's models ($keys) each of them
// already derives from in the graph, directly or through other models (paths up to 32 steps).
// The expansion runs from each bound model upwards (a DAG's ancestors are few); the subquery keeps the
// planner from starting at the far end, which would pair every key with every other.
// $keys: lowercased model keys of every child and parent in the batch
UNWIND $keys AS k
MATCH (x:Model {key: k})
CALL (x) {
  MATCH (x)-[:DERIVED_FROM*1..32]->(y:Model)
  RETURN collect(DISTINCT y.key) AS up
}
WITH k, [a IN up WHERE a IN $keys] AS ancestors
WHERE size(ancestors) > 0
RETURN k AS key, ancestors
