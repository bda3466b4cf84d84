// familyTree, one BFS level downwards: the distinct children of the frontier $keys over the given $relations
// (null = all), most downloaded first, at most $cap of them. The API walks level by level and keeps a seen set,
// so merges are visited once and no path is ever enumerated. Only the sort keys are read for every child (a base
// model has thousands); the edges' properties and the returned fields are read for the $cap kept ones only.
// Node fields are read by map projections, one pass over the node's property chain for several fields instead
// of one pass per field (key, near the chain's end, took as long as the rest): ~25% less Neo4j CPU per level.
// createdAt comes as text when the text is exactly what the gateway would make of the datetime (whole seconds,
// UTC): decoding 2,000 datetimes in the driver cost more than the rest of the rows. Rows are positional lists
// (model: key, id, downloads, likes, author, pipelineTag, placeholder, createdAt; links: [parent key, relation,
// source, rule]), since the driver decodes every map key of every row: half the client's CPU for 2,000 rows.
UNWIND $keys AS parentKey
MATCH (:Model {key: parentKey})<-[r:DERIVED_FROM]-(c:Model)
WHERE $relations IS NULL OR r.relation IN $relations
WITH c, collect([parentKey, r]) AS via
WITH c, via, c {.downloads, .key} AS sort
ORDER BY coalesce(sort.downloads, 0) DESC, sort.key
LIMIT toInteger($cap)
WITH c, via, sort, c {.id, .likes, .author, .pipelineTag, .placeholder, .createdAt} AS m
RETURN [sort.key, m.id, sort.downloads, m.likes, m.author, m.pipelineTag, m.placeholder,
        CASE WHEN m.createdAt.nanosecond = 0 AND m.createdAt.timezone = 'Z'
             THEN toString(m.createdAt) ELSE m.createdAt END] AS model,
       [v IN via | [v[0], v[1].relation, v[1].source, v[1].rule]] AS links
