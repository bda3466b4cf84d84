// One page of comments waiting for analysis (analysisPending, set by ingest), in id order after $after ('' for
// the first page). A comment the classifier failed for keeps its flag; the id cursor moves past it. $limit.
MATCH (c:Comment)
WHERE c.analysisPending = true AND c.id > $after
RETURN c.id AS id, c.body AS body, c.threadId AS threadId, c.parentId AS parentId, c.permalink AS permalink
ORDER BY c.id
LIMIT toInteger($limit)
