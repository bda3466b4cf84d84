// One page of threads waiting for analysis (analysisPending), with the text the analyzers read, in id order
// after $after ('' for the first page). $limit.
MATCH (t:Thread)
WHERE t.analysisPending = true AND t.id > $after
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN t.id AS id, t.title AS title, t.body AS body, t.url AS url, t.flair AS flair, t.permalink AS permalink,
       u.name AS author
ORDER BY t.id
LIMIT toInteger($limit)
