// familyTree: the root model the traversal starts from, by lowercased key.
MATCH (m:Model {key: $key})
RETURN m {.key, .id, .downloads, .likes, .author, .pipelineTag, .createdAt, .placeholder} AS model
