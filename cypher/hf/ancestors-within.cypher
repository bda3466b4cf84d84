// For the cycle check before DERIVED_FROM is written: which of the batch's models ($keys) each of them
// already derives from in the graph, directly or through other models (paths up to 32 steps).
// $keys: lowercased model keys of every child and parent in the batch
UNWIND $keys AS k
MATCH (x:Model {key: k})-[:DERIVED_FROM*1..32]->(y:Model)
WHERE y.key IN $keys
RETURN k AS key, collect(DISTINCT y.key) AS ancestors
