// One page of every thread in id order, for `analyze --all`. $after ('' first), $limit.
MATCH (t:Thread)
WHERE t.id > $after
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN t.id AS id, t.title AS title, t.body AS body, t.url AS url, t.flair AS flair, t.permalink AS permalink,
       u.name AS author
ORDER BY t.id
LIMIT toInteger($limit)
