// Post.codes for a thread or comment reached without them (search hits, mentions, a user's posts).
UNWIND $ids AS itemId
OPTIONAL MATCH (t:Thread {id: itemId})
OPTIONAL MATCH (c:Comment {id: itemId})
WITH itemId, coalesce(t, c) AS item
WHERE item IS NOT NULL
MATCH (item)-[k:CODED|CLASSIFIED]->(code:Code)
RETURN itemId, k {.*, type: type(k), code: code.name} AS coding
