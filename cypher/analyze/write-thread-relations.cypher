// ANNOUNCES (a release thread's author links the model) and EVALUATES (a thread that compares or benchmarks
// the models it mentions), with the rule and evidence. $rows: [{item, type ('ANNOUNCES' | 'EVALUATES'), key,
// rule, evidence}].
UNWIND $rows AS row
MATCH (t:Thread {id: row.item})
MATCH (m:Model {key: row.key})
FOREACH (_ IN CASE WHEN row.type = 'ANNOUNCES' THEN [1] ELSE [] END |
  MERGE (t)-[r:ANNOUNCES]->(m)
  SET r.rule = row.rule, r.evidence = row.evidence)
FOREACH (_ IN CASE WHEN row.type = 'EVALUATES' THEN [1] ELSE [] END |
  MERGE (t)-[r:EVALUATES]->(m)
  SET r.rule = row.rule, r.evidence = row.evidence)
