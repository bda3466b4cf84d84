// Ids of every thread waiting for analysis (analysisPending), from the pending index; read in pages by id with
// analyze/pending-threads (see analyze/pending-comment-ids).
MATCH (t:Thread)
WHERE t.analysisPending = true
RETURN t.id AS id
