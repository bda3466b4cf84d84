// uncodeItem mutation: removes one coder's CODED edge from a thread or comment to a code.
OPTIONAL MATCH (t:Thread {id: $itemId})
OPTIONAL MATCH (c:Comment {id: $itemId})
WITH coalesce(t, c) AS item
WHERE item IS NOT NULL
MATCH (item)-[k:CODED {coder: $coder}]->(:Code {name: $code})
DELETE k
RETURN count(*) AS removed
