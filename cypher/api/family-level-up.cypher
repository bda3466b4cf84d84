// familyTree, one BFS level upwards: the distinct parents of the frontier $keys over the given $relations
// (null = all), at most $cap of them; edge properties are read for the kept parents only (see
// family-level-down.cypher, also for createdAt).
UNWIND $keys AS childKey
MATCH (:Model {key: childKey})-[r:DERIVED_FROM]->(p:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH p, collect([childKey, r]) AS via
ORDER BY coalesce(p.downloads, 0) DESC, p.key
LIMIT toInteger($cap)
RETURN p {.key, .id, .downloads, .likes, .author, .pipelineTag, .placeholder,
          createdAt: CASE WHEN p.createdAt.nanosecond = 0 AND p.createdAt.timezone = 'Z'
                          THEN toString(p.createdAt) ELSE p.createdAt END} AS model,
       [v IN via | {child: v[0], relation: v[1].relation, source: v[1].source, rule: v[1].rule}] AS links
