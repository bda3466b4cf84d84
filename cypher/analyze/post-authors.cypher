// Author and permalink of threads or comments, for identity evidence. $ids.
UNWIND $ids AS id
OPTIONAL MATCH (c:Comment {id: id})
OPTIONAL MATCH (t:Thread {id: id})
WITH id, coalesce(c, t) AS p
WHERE p IS NOT NULL
MATCH (u:RedditUser)-[:POSTED]->(p)
RETURN id, u.name AS author, p.permalink AS permalink
