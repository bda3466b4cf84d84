// Datasets a model's card lists (cardData.datasets), and TRAINED_ON with the source that said so: CREATEd for
// a model made in this transaction (fresh: it cannot have the edge yet), MERGEd otherwise.
// $rows: [{key, id, modelKey, source, fresh}]
UNWIND $rows AS row
MERGE (d:Dataset {key: row.key})
ON CREATE SET d.id = row.id
WITH d, row
MATCH (m:Model {key: row.modelKey})
FOREACH (_ IN CASE WHEN row.fresh THEN [1] ELSE [] END | CREATE (m)-[:TRAINED_ON {source: row.source}]->(d))
FOREACH (_ IN CASE WHEN row.fresh THEN [] ELSE [1] END | MERGE (m)-[r:TRAINED_ON]->(d) SET r.source = row.source)
