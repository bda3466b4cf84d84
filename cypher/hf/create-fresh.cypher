// Everything a batch adds around models that are not in the graph at all (hf/existing-models said so in the
// same transaction), in one statement: the models and placeholders are CREATEd, their accounts and datasets
// MERGEd, and PUBLISHED, TRAINED_ON and DERIVED_FROM CREATEd (a new model cannot have them yet). The edge rows
// name their ends by position in $models ++ $placeholders, $accounts and $datasets, so each end is the node
// this statement holds instead of another index seek by key; only a parent that was in the graph before is
// sought ($toExisting). The key constraint still refuses a duplicate, should another writer have created the
// same model meanwhile (the batch then fails whole). Cycles were refused before this runs.
// $models: [{key, id, source, props: {author, downloads, likes, …}, createdAt, lastModified}] (ISO strings)
// $placeholders: [{key, id, reason}]
// $accounts: [{key, name, kind (user / org, or null), fullname (or null)}]; $datasets: [{key, id}]
// $published: [{account, model}]; $trainedOn: [{model, dataset, source}] (positions, as above)
// $derivedFrom: [{child, parent, relation, source, rule, evidence}] (positions of both ends)
// $toExisting: [{child, parentKey, relation, source, rule, evidence}] (the parent by its key)
CALL () {
  UNWIND range(0, size($models) - 1) AS i
  WITH i, $models[i] AS row
  CREATE (m:Model {key: row.key})
  SET m += row.props,
      m.id = row.id,
      m.placeholder = false,
      m.createdAt = datetime(row.createdAt),
      m.lastModified = datetime(row.lastModified),
      m.sources = [row.source],
      m.updatedAt = datetime()
  WITH i, m ORDER BY i
  RETURN collect(m) AS models
}
CALL () {
  UNWIND range(0, size($placeholders) - 1) AS i
  WITH i, $placeholders[i] AS row
  CREATE (m:Model {key: row.key})
  SET m.id = row.id, m.placeholder = true, m.placeholderReason = row.reason, m.updatedAt = datetime()
  WITH i, m ORDER BY i
  RETURN collect(m) AS placeholders
}
CALL () {
  UNWIND range(0, size($accounts) - 1) AS i
  WITH i, $accounts[i] AS row
  MERGE (a:HFAccount {key: row.key})
  ON CREATE SET a.name = row.name
  FOREACH (_ IN CASE WHEN row.kind IS NULL THEN [] ELSE [1] END | SET a.kind = row.kind)
  FOREACH (_ IN CASE WHEN row.fullname IS NULL THEN [] ELSE [1] END | SET a.fullname = row.fullname)
  WITH i, a ORDER BY i
  RETURN collect(a) AS accounts
}
CALL () {
  UNWIND range(0, size($datasets) - 1) AS i
  WITH i, $datasets[i] AS row
  MERGE (d:Dataset {key: row.key})
  ON CREATE SET d.id = row.id
  WITH i, d ORDER BY i
  RETURN collect(d) AS datasets
}
WITH models + placeholders AS nodes, accounts, datasets
CALL (nodes, accounts) {
  UNWIND $published AS row
  WITH accounts[toInteger(row.account)] AS a, nodes[toInteger(row.model)] AS m
  CREATE (a)-[:PUBLISHED]->(m)
}
CALL (nodes, datasets) {
  UNWIND $trainedOn AS row
  WITH nodes[toInteger(row.model)] AS m, datasets[toInteger(row.dataset)] AS d, row
  CREATE (m)-[:TRAINED_ON {source: row.source}]->(d)
}
CALL (nodes) {
  UNWIND $derivedFrom AS row
  WITH nodes[toInteger(row.child)] AS c, nodes[toInteger(row.parent)] AS p, row
  CREATE (c)-[:DERIVED_FROM {relation: row.relation, source: row.source, rule: row.rule, evidence: row.evidence}]->(p)
}
CALL (nodes) {
  UNWIND $toExisting AS row
  WITH nodes[toInteger(row.child)] AS c, row
  MATCH (p:Model {key: row.parentKey})
  CREATE (c)-[:DERIVED_FROM {relation: row.relation, source: row.source, rule: row.rule, evidence: row.evidence}]->(p)
}
RETURN size(nodes) AS created
