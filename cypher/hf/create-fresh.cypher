// Everything a batch adds around models that are not in the graph at all (hf/existing-models said so in the
// same transaction), in one statement: the models and placeholders are CREATEd, their accounts and datasets
// MERGEd, and PUBLISHED, TRAINED_ON and DERIVED_FROM CREATEd (a new model cannot have them yet). The edge rows
// name their ends by position in the models ++ placeholders, the accounts and the datasets, so each end is the
// node this statement holds instead of another index seek by key; only a parent that was in the graph before is
// sought ($toExisting). The key constraint still refuses a duplicate, should another writer have created the
// same model meanwhile (the batch then fails whole). Cycles were refused before this runs.
// Nodes and edges come as parallel lists, one per property (position i of each list is row i), not as a map per
// row: the driver packs every map key of every row as a string, which cost more client CPU than the values.
// For the same reason a string that repeats across rows (a source, a rule, a license, an author) is sent once in
// $strings and named by its position there (a "ref"), a key that is its id lowercased is not sent (null), and
// times come as epoch milliseconds (datetime() of a number, no text to parse). Positions arrive as floats (the
// driver sends every JavaScript number so), hence toInteger.
// Models: $keys (null: toLower of the id), $ids, $sources (ref), $authors, $pipelineTags, $libraryNames,
// $licenses (refs), $downloads, $likes, $gated, $private, $descriptions, $createdAt, $lastModified (epoch ms) —
// null where the record has no value, which CREATE does not store; $tags: a model's tags joined by $separator
// (one string instead of one per tag), or null; $tagLists: null, or the list itself for a model with a tag that
// holds $separator.
// $placeholderKeys (null: toLower of the id), $placeholderIds, $placeholderReasons (ref); $accountKeys (null:
// toLower of the name), $accountNames, $accountKinds, $accountFullnames (refs; kind user / org, or null; fullname
// or null); $datasetKeys, $datasetIds.
// Edges by position: $publishedAccounts, $publishedModels; $trainedOnModels, $trainedOnDatasets, $trainedOnSources
// (ref); $derivedChildren, $derivedParents, $derivedRelations, $derivedSources, $derivedRules, $derivedEvidence
// (refs).
// $toExisting: [{child, parentKey, relation, source, rule, evidence}] (the parent by its key)
CALL () {
  UNWIND range(0, size($keys) - 1) AS i
  CREATE (m:Model {
    key: coalesce($keys[i], toLower($ids[i])),
    id: $ids[i],
    author: $strings[toInteger($authors[i])],
    downloads: $downloads[i],
    likes: $likes[i],
    pipelineTag: $strings[toInteger($pipelineTags[i])],
    libraryName: $strings[toInteger($libraryNames[i])],
    license: $strings[toInteger($licenses[i])],
    tags: coalesce($tagLists[i], split($tags[i], $separator)),
    gated: $gated[i],
    private: $private[i],
    description: $descriptions[i],
    placeholder: false,
    createdAt: CASE WHEN $createdAt[i] IS NOT NULL THEN datetime({epochMillis: toInteger($createdAt[i])}) END,
    lastModified: CASE WHEN $lastModified[i] IS NOT NULL THEN datetime({epochMillis: toInteger($lastModified[i])}) END,
    sources: [$strings[toInteger($sources[i])]],
    updatedAt: datetime()
  })
  WITH i, m ORDER BY i
  RETURN collect(m) AS models
}
CALL () {
  UNWIND range(0, size($placeholderKeys) - 1) AS i
  CREATE (m:Model {
    key: coalesce($placeholderKeys[i], toLower($placeholderIds[i])),
    id: $placeholderIds[i],
    placeholder: true,
    placeholderReason: $strings[toInteger($placeholderReasons[i])],
    updatedAt: datetime()
  })
  WITH i, m ORDER BY i
  RETURN collect(m) AS placeholders
}
CALL () {
  UNWIND range(0, size($accountKeys) - 1) AS i
  WITH i, $strings[toInteger($accountNames[i])] AS name
  MERGE (a:HFAccount {key: coalesce($accountKeys[i], toLower(name))})
  ON CREATE SET a.name = name
  FOREACH (_ IN CASE WHEN $accountKinds[i] IS NULL THEN [] ELSE [1] END |
    SET a.kind = $strings[toInteger($accountKinds[i])])
  FOREACH (_ IN CASE WHEN $accountFullnames[i] IS NULL THEN [] ELSE [1] END |
    SET a.fullname = $strings[toInteger($accountFullnames[i])])
  WITH i, a ORDER BY i
  RETURN collect(a) AS accounts
}
CALL () {
  UNWIND range(0, size($datasetKeys) - 1) AS i
  MERGE (d:Dataset {key: $datasetKeys[i]})
  ON CREATE SET d.id = $datasetIds[i]
  WITH i, d ORDER BY i
  RETURN collect(d) AS datasets
}
WITH models + placeholders AS nodes, accounts, datasets
CALL (nodes, accounts) {
  UNWIND range(0, size($publishedModels) - 1) AS i
  WITH accounts[toInteger($publishedAccounts[i])] AS a, nodes[toInteger($publishedModels[i])] AS m
  CREATE (a)-[:PUBLISHED]->(m)
}
CALL (nodes, datasets) {
  UNWIND range(0, size($trainedOnModels) - 1) AS i
  WITH nodes[toInteger($trainedOnModels[i])] AS m, datasets[toInteger($trainedOnDatasets[i])] AS d, i
  CREATE (m)-[:TRAINED_ON {source: $strings[toInteger($trainedOnSources[i])]}]->(d)
}
CALL (nodes) {
  UNWIND range(0, size($derivedChildren) - 1) AS i
  WITH nodes[toInteger($derivedChildren[i])] AS c, nodes[toInteger($derivedParents[i])] AS p, i
  CREATE (c)-[:DERIVED_FROM {
    relation: $strings[toInteger($derivedRelations[i])],
    source: $strings[toInteger($derivedSources[i])],
    rule: $strings[toInteger($derivedRules[i])],
    evidence: $strings[toInteger($derivedEvidence[i])]
  }]->(p)
}
CALL (nodes) {
  UNWIND $toExisting AS row
  WITH nodes[toInteger(row.child)] AS c, row
  MATCH (p:Model {key: row.parentKey})
  CREATE (c)-[:DERIVED_FROM {relation: row.relation, source: row.source, rule: row.rule, evidence: row.evidence}]->(p)
}
RETURN size(nodes) AS created
