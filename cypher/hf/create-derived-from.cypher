// DERIVED_FROM edges whose child was created in this same transaction, so it has no edge yet: CREATE instead
// of MERGE (no expand over the child's edges, no relationship lock). One row per (child, parent), and cycles
// were refused before this runs, as for hf/upsert-derived-from.
// $rows: [{childKey, parentKey, relation, source, rule, evidence}]
UNWIND $rows AS row
MATCH (c:Model {key: row.childKey})
MATCH (p:Model {key: row.parentKey})
CREATE (c)-[:DERIVED_FROM {relation: row.relation, source: row.source, rule: row.rule, evidence: row.evidence}]->(p)
