// The Hugging Face user or organization that owns each model (the ORG part of ORG/NAME), and PUBLISHED.
// $rows: [{key, name, kind (user / org, or null when the source does not say), modelKey}]
UNWIND $rows AS row
MERGE (a:HFAccount {key: row.key})
ON CREATE SET a.name = row.name
FOREACH (_ IN CASE WHEN row.kind IS NULL THEN [] ELSE [1] END | SET a.kind = row.kind)
WITH a, row
MATCH (m:Model {key: row.modelKey})
MERGE (a)-[:PUBLISHED]->(m)
