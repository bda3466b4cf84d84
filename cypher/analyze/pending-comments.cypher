// One page of comments waiting for analysis, by id ($ids, from analyze/pending-comment-ids), in the given order;
// a comment no longer pending (analyzed meanwhile) is left out.
// The hint keeps the planner on the id index: left alone it scans the pending index for every id.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
USING INDEX c:Comment(id)
WHERE c.analysisPending = true
RETURN c.id AS id, c.body AS body, c.threadId AS threadId, c.parentId AS parentId, c.permalink AS permalink
