// Benchmark: model ids to ask for, spread over the whole graph (every $step-th model by key).
MATCH (m:Model)
WITH m ORDER BY m.key
WITH collect(m.id) AS ids
RETURN [i IN range(0, size(ids) - 1, toInteger($step)) | ids[i]] AS ids
