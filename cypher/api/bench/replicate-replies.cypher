// Benchmark graph: copies every real REPLY_TO edge (comment -> parent comment or thread) between the replicas of
// copy numbers [$from, $to] made by replicate-threads / replicate-comments, so every replicated comment keeps its
// parent edge and the copied threads have the real reply trees. Runs after both ends of every copy exist (a reply
// can sort before its parent). The real edges are read once, as ids, before the copies multiply the rows. MERGE:
// a rerun after a crash adds nothing twice.
MATCH (c:Comment)-[:REPLY_TO]->(p)
WHERE c.replica IS NULL
WITH c.id AS childId, p.id AS parentId, p:Thread AS toThread
UNWIND range(toInteger($from), toInteger($to)) AS copy
CALL (childId, parentId, toThread, copy) {
  MATCH (x:Comment {id: childId + '_' + toString(copy)})
  OPTIONAL MATCH (t:Thread {id: parentId + '_' + toString(copy)})
    WHERE toThread
  OPTIONAL MATCH (q:Comment {id: parentId + '_' + toString(copy)})
    WHERE NOT toThread
  WITH x, coalesce(t, q) AS parent
  WHERE parent IS NOT NULL
  MERGE (x)-[:REPLY_TO]->(parent)
} IN TRANSACTIONS OF 20000 ROWS
