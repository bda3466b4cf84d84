// RedditUser.helpChains: chains of help from the user (u helped a, a helped b, …) of at most $depth edges
// (the API clamps it to 1..5, the literal bound here), longest and heaviest first.
MATCH p = (:RedditUser {name: $name})-[:HELPED*1..5]->(:RedditUser)
WHERE length(p) <= $depth
WITH p, reduce(total = 0.0, h IN relationships(p) | total + coalesce(h.weight, 0)) AS weight
ORDER BY length(p) DESC, weight DESC
LIMIT toInteger($limit)
RETURN [n IN nodes(p) | n.name] AS users, [h IN relationships(p) | coalesce(h.weight, 0)] AS weights
