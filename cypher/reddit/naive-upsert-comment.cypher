// The benchmark's baseline only (bench/reddit-ingest.bench.ts): one comment per statement and transaction, the
// way a first attempt would write it, so the batched reddit/upsert-* path has something to be measured against.
// $id, $set (property map), $createdAt (epoch ms), $author, $parentId.
MERGE (c:Comment {id: $id})
SET c += $set, c.createdAt = datetime({epochMillis: toInteger($createdAt)})
WITH c
CALL (c) {
  WITH c
  WHERE $author IS NOT NULL
  MERGE (u:RedditUser {name: $author})
  MERGE (u)-[:POSTED]->(c)
}
WITH c
OPTIONAL MATCH (p:Comment {id: $parentId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (c)-[:REPLY_TO]->(p))
