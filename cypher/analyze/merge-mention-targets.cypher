// The nodes mentions point to. A model or dataset not yet in the graph becomes a placeholder (placeholderReason
// 'referenced', as the Hugging Face ingest does); a fetched model is left alone. Hardware and Engine nodes are
// keyed by their normalized name. $models, $datasets: [{key, id}]; $hardware, $engines: [{name, kind}].
CALL {
  UNWIND $models AS row
  MERGE (m:Model {key: row.key})
  ON CREATE SET m.id = row.id, m.placeholder = true, m.placeholderReason = 'referenced', m.updatedAt = datetime()
  RETURN count(*) AS models
}
CALL {
  UNWIND $datasets AS row
  MERGE (d:Dataset {key: row.key})
  ON CREATE SET d.id = row.id
  RETURN count(*) AS datasets
}
CALL {
  UNWIND $hardware AS row
  MERGE (h:Hardware {name: row.name})
  ON CREATE SET h.kind = row.kind
  RETURN count(*) AS hardware
}
CALL {
  UNWIND $engines AS row
  MERGE (e:Engine {name: row.name})
  ON CREATE SET e.kind = row.kind
  RETURN count(*) AS engines
}
RETURN models, datasets, hardware, engines
