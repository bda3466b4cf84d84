// One page of every comment in id order, for `analyze --all`. $after: the last id of the previous page ('' first),
// $limit.
MATCH (c:Comment)
WHERE c.id > $after
RETURN c.id AS id, c.body AS body, c.threadId AS threadId, c.parentId AS parentId, c.permalink AS permalink
ORDER BY c.id
LIMIT toInteger($limit)
