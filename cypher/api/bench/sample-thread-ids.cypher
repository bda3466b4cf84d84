// Benchmark: thread ids to ask for (replicas of the real threads, with their comment trees).
MATCH (t:Thread)
RETURN t.id AS id
LIMIT toInteger($limit)
