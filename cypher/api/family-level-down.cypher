// familyTree, one BFS level downwards: the distinct children of the frontier $keys over the given $relations
// (null = all), most downloaded first, at most $cap of them. The API walks level by level and keeps a seen set,
// so merges are visited once and no path is ever enumerated.
UNWIND $keys AS parentKey
MATCH (:Model {key: parentKey})<-[r:DERIVED_FROM]-(c:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH c, collect({parent: parentKey, relation: r.relation, source: r.source, rule: r.rule}) AS links
ORDER BY coalesce(c.downloads, 0) DESC, c.key
LIMIT toInteger($cap)
RETURN c {.key, .id, .downloads, .likes, .author, .pipelineTag, .createdAt, .placeholder} AS model, links
