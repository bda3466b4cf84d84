// DERIVED_FROM edges, one per (child, parent). An explicit relation (base_model_relation, a relation tag, the
// API's baseModels, a tree list) replaces an inferred one; an inferred one never replaces an explicit one.
// Both models exist already (fetched or placeholders); cycles were refused before this runs.
// $rows: [{childKey, parentKey, relation, source, rule, evidence}]
UNWIND $rows AS row
MATCH (c:Model {key: row.childKey})
MATCH (p:Model {key: row.parentKey})
MERGE (c)-[r:DERIVED_FROM]->(p)
WITH r, row, r.rule IS NULL AS created
WHERE created OR r.rule STARTS WITH 'inferred:' OR NOT row.rule STARTS WITH 'inferred:'
SET r.relation = row.relation, r.source = row.source, r.rule = row.rule, r.evidence = row.evidence
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
