// The Hugging Face users and organizations that own models already in the graph (the ORG part of ORG/NAME,
// or the record's author), each merged once per batch and PUBLISHED to each of those models (modelKeys);
// models new to the graph get theirs from hf/create-fresh. kind and fullname are set only when the source
// says them (the API's authorData), so a card or a placeholder never erases them.
// $rows: [{key, name, kind (user / org, or null), fullname (display name, or null), modelKeys}]
UNWIND $rows AS row
MERGE (a:HFAccount {key: row.key})
ON CREATE SET a.name = row.name
FOREACH (_ IN CASE WHEN row.kind IS NULL THEN [] ELSE [1] END | SET a.kind = row.kind)
FOREACH (_ IN CASE WHEN row.fullname IS NULL THEN [] ELSE [1] END | SET a.fullname = row.fullname)
WITH a, row
UNWIND row.modelKeys AS modelKey
MATCH (m:Model {key: modelKey})
MERGE (a)-[:PUBLISHED]->(m)
