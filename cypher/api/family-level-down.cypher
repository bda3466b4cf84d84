// familyTree, one BFS level downwards: the distinct children of the frontier $keys over the given $relations
// (null = all), most downloaded first, at most $cap of them. The API walks level by level and keeps a seen set,
// so merges are visited once and no path is ever enumerated. Only the sort keys are read for every child (a base
// model has thousands); the edges' properties and the returned fields are read for the $cap kept ones only, the
// node's in one map projection (one pass over its property chain instead of one per field: ~15-20% less Neo4j
// CPU per 2,001 kept children).
// createdAt comes as text when the text is exactly what the gateway would make of the datetime (whole seconds,
// UTC): decoding 2,000 datetimes in the driver cost more than the rest of the rows. Rows are positional lists
// (model: key, id, downloads, likes, author, pipelineTag, placeholder, createdAt; links: [parent key, relation,
// source, rule]), since the driver decodes every map key of every row: half the client's CPU for 2,000 rows.
UNWIND $keys AS parentKey
MATCH (:Model {key: parentKey})<-[r:DERIVED_FROM]-(c:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH c, collect([parentKey, r]) AS via
ORDER BY coalesce(c.downloads, 0) DESC, c.key
LIMIT toInteger($cap)
WITH c, via, c {.id, .likes, .author, .pipelineTag, .placeholder, .createdAt} AS m
RETURN [c.key, m.id, c.downloads, m.likes, m.author, m.pipelineTag, m.placeholder,
        CASE WHEN m.createdAt.nanosecond = 0 AND m.createdAt.timezone = 'Z'
             THEN toString(m.createdAt) ELSE m.createdAt END] AS model,
       [v IN via | [v[0], v[1].relation, v[1].source, v[1].rule]] AS links
