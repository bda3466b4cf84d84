// Benchmark graph (bench/api.bench.ts): copies every real model (loaded by the real HF ingest) once per copy
// number in [$from, $to], with all its properties; key and id get the suffix $tag + copy number ('~' never
// occurs in a Hub id, so replicas never collide with real models). With $skipKey set, that model (the shared
// base) is not copied. Auto-commit, in batches; MERGE on the key, so a rerun after a crash redoes nothing.
UNWIND range(toInteger($from), toInteger($to)) AS copy
MATCH (m:Model)
WHERE m.replica IS NULL AND ($skipKey IS NULL OR m.key <> $skipKey)
CALL (m, copy) {
  MERGE (x:Model {key: m.key + $tag + toString(copy)})
  ON CREATE SET x = m {.*, key: m.key + $tag + toString(copy), id: m.id + $tag + toString(copy), replica: $tag + toString(copy)}
} IN TRANSACTIONS OF 10000 ROWS
