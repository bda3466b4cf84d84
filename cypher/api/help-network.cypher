// helpNetwork: HELPED edges of weight >= $minWeight active within [$since, $until] (null = open), heaviest
// first, at most $cap (the API asks for one more than its limit to tell whether it cut).
MATCH (a:RedditUser)-[h:HELPED]->(b:RedditUser)
WHERE h.weight >= $minWeight
  AND ($since IS NULL OR coalesce(h.lastAt, h.firstAt) >= datetime($since))
  AND ($until IS NULL OR coalesce(h.firstAt, h.lastAt) <= datetime($until))
RETURN a.name AS source, b.name AS target, h {.*} AS rel
ORDER BY h.weight DESC, source, target
LIMIT toInteger($cap)
