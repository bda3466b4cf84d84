// One page of analyzed comments in one pass: each comment is looked up once, loses what the last analysis derived
// from its text (MENTIONS, and CLASSIFIED by $classifier; CODED and other classifiers' suggestions stay), gets
// its new MENTIONS and CLASSIFIED, and has analysisPending cleared when the classifier judged it (done). The old
// edges go first in the same transaction, so CREATE is safe and a rerun still changes nothing.
// analyze/merge-mention-targets made the targets. $classifier;
// $rows: [{id, done, models, datasets, hardware, engines: [{key, surface, rule, count}],
//          codes: [{code, score, rule, evidence, model, prompt}]}].
UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
CALL (c) {
  MATCH (c)-[r:MENTIONS|CLASSIFIED]->()
  WHERE type(r) = 'MENTIONS' OR r.classifier = $classifier
  DELETE r
}
CALL (c, row) {
  UNWIND row.models AS m
  MATCH (n:Model {key: m.key})
  CREATE (c)-[:MENTIONS {surface: m.surface, rule: m.rule, count: m.count}]->(n)
}
CALL (c, row) {
  UNWIND row.datasets AS m
  MATCH (n:Dataset {key: m.key})
  CREATE (c)-[:MENTIONS {surface: m.surface, rule: m.rule, count: m.count}]->(n)
}
CALL (c, row) {
  UNWIND row.hardware AS m
  MATCH (n:Hardware {name: m.key})
  CREATE (c)-[:MENTIONS {surface: m.surface, rule: m.rule, count: m.count}]->(n)
}
CALL (c, row) {
  UNWIND row.engines AS m
  MATCH (n:Engine {name: m.key})
  CREATE (c)-[:MENTIONS {surface: m.surface, rule: m.rule, count: m.count}]->(n)
}
CALL (c, row) {
  UNWIND row.codes AS s
  MATCH (k:Code {name: s.code})
  CREATE (c)-[:CLASSIFIED {classifier: $classifier, score: s.score, rule: s.rule, evidence: s.evidence,
                           model: s.model, prompt: s.prompt}]->(k)
}
FOREACH (_ IN CASE WHEN row.done THEN [1] ELSE [] END | REMOVE c.analysisPending)
