// Model.descendantsCount: distinct transitive descendants over every relation. DISTINCT lets the planner
// prune the variable-length expansion (BFS) instead of enumerating every path through merges.
MATCH (m:Model {key: $key})
OPTIONAL MATCH (m)<-[:DERIVED_FROM*1..]-(d:Model)
RETURN count(DISTINCT d) AS count
