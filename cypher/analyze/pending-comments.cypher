// One page of comments waiting for analysis, by id ($ids, from analyze/pending-comment-ids), in the given order;
// a comment no longer pending (analyzed meanwhile) is left out. Only what the analyzers read, and what the last
// analysis derived (MENTIONS, CLASSIFIED by $classifier): a comment whose derivations come out the same is not
// written again (ingest/analyze/stored-derivations.ts). Each edge is a positional list (StoredDerivation), not a
// map: the driver decodes every key of every map.
// The hint keeps the planner on the id index: left alone it scans the pending index for every id.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
USING INDEX c:Comment(id)
WHERE c.analysisPending = true
RETURN c.id AS id, c.body AS body,
       [(c)-[r:MENTIONS|CLASSIFIED]->(n) WHERE type(r) = 'MENTIONS' OR r.classifier = $classifier |
        [type(r), CASE
           WHEN n:Model THEN 'model' WHEN n:Dataset THEN 'dataset' WHEN n:Hardware THEN 'hardware'
           WHEN n:Engine THEN 'engine' WHEN n:Code THEN 'code' END,
         coalesce(n.key, n.name), size(keys(r)), r.surface, r.rule, r.count, r.score, r.evidence, r.model,
         r.prompt]] AS derived
