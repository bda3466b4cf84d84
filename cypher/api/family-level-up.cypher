// familyTree, one BFS level upwards: the distinct parents of the frontier $keys over the given $relations
// (null = all), at most $cap of them (see family-level-down.cypher).
UNWIND $keys AS childKey
MATCH (:Model {key: childKey})-[r:DERIVED_FROM]->(p:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH p, collect({child: childKey, relation: r.relation, source: r.source, rule: r.rule}) AS links
ORDER BY coalesce(p.downloads, 0) DESC, p.key
LIMIT toInteger($cap)
RETURN p {.key, .id, .downloads, .likes, .author, .pipelineTag, .createdAt, .placeholder} AS model, links
