// MENTIONS from comments to what their text names (analyze/merge-mention-targets made the targets).
// $rows: [{item, target ('model' | 'dataset' | 'hardware' | 'engine'), key, surface, rule, count}].
UNWIND $rows AS row
MATCH (p:Comment {id: row.item})
CALL (row) {
  MATCH (n:Model {key: row.key}) WHERE row.target = 'model' RETURN n
  UNION
  MATCH (n:Dataset {key: row.key}) WHERE row.target = 'dataset' RETURN n
  UNION
  MATCH (n:Hardware {name: row.key}) WHERE row.target = 'hardware' RETURN n
  UNION
  MATCH (n:Engine {name: row.key}) WHERE row.target = 'engine' RETURN n
}
MERGE (p)-[r:MENTIONS]->(n)
SET r.surface = row.surface, r.rule = row.rule, r.count = row.count
