// familyTree, one BFS level upwards: the distinct parents of the frontier $keys over the given $relations
// (null = all), at most $cap of them; edge properties are read for the kept parents only (see
// family-level-down.cypher, also for the map projection, createdAt and the positional rows; a link starts with
// the child's key).
UNWIND $keys AS childKey
MATCH (:Model {key: childKey})-[r:DERIVED_FROM]->(p:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH p, collect([childKey, r]) AS via
WITH p, via, p {.downloads, .key} AS sort
ORDER BY coalesce(sort.downloads, 0) DESC, sort.key
LIMIT toInteger($cap)
WITH p, via, sort, p {.id, .likes, .author, .pipelineTag, .placeholder, .createdAt} AS m
RETURN [sort.key, m.id, sort.downloads, m.likes, m.author, m.pipelineTag, m.placeholder,
        CASE WHEN m.createdAt.nanosecond = 0 AND m.createdAt.timezone = 'Z'
             THEN toString(m.createdAt) ELSE m.createdAt END] AS model,
       [v IN via | [v[0], v[1].relation, v[1].source, v[1].rule]] AS links
