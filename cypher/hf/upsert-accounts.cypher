// The Hugging Face users and organizations that own the batch's models (the ORG part of ORG/NAME, or the
// record's author), each merged once, and PUBLISHED to each of their models.
// $rows: [{key, name, kind (user / org, or null when the source does not say), modelKeys: [model key]}]
UNWIND $rows AS row
MERGE (a:HFAccount {key: row.key})
ON CREATE SET a.name = row.name
FOREACH (_ IN CASE WHEN row.kind IS NULL THEN [] ELSE [1] END | SET a.kind = row.kind)
WITH a, row
UNWIND row.modelKeys AS modelKey
MATCH (m:Model {key: modelKey})
MERGE (a)-[:PUBLISHED]->(m)
