// Datasets the card of a model already in the graph lists (cardData.datasets), and TRAINED_ON with the source
// that said so, MERGEd (models new to the graph get theirs from hf/create-fresh).
// $rows: [{key, id, modelKey, source}]
UNWIND $rows AS row
MERGE (d:Dataset {key: row.key})
ON CREATE SET d.id = row.id
WITH d, row
MATCH (m:Model {key: row.modelKey})
MERGE (m)-[r:TRAINED_ON]->(d)
SET r.source = row.source
