// Model.parents: the models this one is DERIVED_FROM, with how the relation was decided.
MATCH (:Model {key: $key})-[r:DERIVED_FROM]->(p:Model)
RETURN r {.*} AS rel, p {.*} AS model
ORDER BY p.key
