// One page of every thread in id order, for `analyze --all`. $after ('' first), $limit.
// Only what the analyzers read: authors and permalinks are read later, for the few posts that claim a model.
MATCH (t:Thread)
WHERE t.id > $after
RETURN t.id AS id, t.title AS title, t.body AS body, t.url AS url, t.flair AS flair
ORDER BY t.id
LIMIT toInteger($limit)
