// Benchmark graph: copies every real DERIVED_FROM edge (with its properties) between the replicas of copy
// numbers [$from, $to] made by replicate-models.cypher. An edge to $sharedKey (the shared base) points at the
// real base instead, so all copies hang under one model: a base with tens of thousands of descendants.
// MERGE, so a rerun after a crash adds nothing twice.
UNWIND range(toInteger($from), toInteger($to)) AS copy
MATCH (a:Model)-[r:DERIVED_FROM]->(b:Model)
WHERE a.replica IS NULL AND b.replica IS NULL
CALL (a, r, b, copy) {
  MATCH (x:Model {key: a.key + $tag + toString(copy)})
  MATCH (y:Model {key: CASE WHEN b.key = $sharedKey THEN b.key ELSE b.key + $tag + toString(copy) END})
  MERGE (x)-[d:DERIVED_FROM]->(y)
  ON CREATE SET d = properties(r)
} IN TRANSACTIONS OF 10000 ROWS
