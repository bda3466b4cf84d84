// Datasets a model's card lists (cardData.datasets), and TRAINED_ON with the source that said so.
// $rows: [{key, id, modelKey, source}]
UNWIND $rows AS row
MERGE (d:Dataset {key: row.key})
ON CREATE SET d.id = row.id
WITH d, row
MATCH (m:Model {key: row.modelKey})
MERGE (m)-[r:TRAINED_ON]->(d)
SET r.source = row.source
