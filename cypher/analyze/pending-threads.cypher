// One page of threads waiting for analysis, by id ($ids, from analyze/pending-thread-ids), in the given order,
// with only the text the analyzers read (authors and permalinks are read later, for the few posts that claim a
// model); a thread no longer pending is left out.
// The hint keeps the planner on the id index: left alone it scans the pending index for every id.
UNWIND $ids AS id
MATCH (t:Thread {id: id})
USING INDEX t:Thread(id)
WHERE t.analysisPending = true
RETURN t.id AS id, t.title AS title, t.body AS body, t.url AS url, t.flair AS flair
