// familyTree, one BFS level upwards: the distinct parents of the frontier $keys over the given $relations
// (null = all), at most $cap of them; edge properties are read for the kept parents only (see
// family-level-down.cypher, also for createdAt and the positional rows; a link starts with the child's key).
UNWIND $keys AS childKey
MATCH (:Model {key: childKey})-[r:DERIVED_FROM]->(p:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH p, collect([childKey, r]) AS via
ORDER BY coalesce(p.downloads, 0) DESC, p.key
LIMIT toInteger($cap)
RETURN [p.key, p.id, p.downloads, p.likes, p.author, p.pipelineTag, p.placeholder,
        CASE WHEN p.createdAt.nanosecond = 0 AND p.createdAt.timezone = 'Z'
             THEN toString(p.createdAt) ELSE p.createdAt END] AS model,
       [v IN via | [v[0], v[1].relation, v[1].source, v[1].rule]] AS links
