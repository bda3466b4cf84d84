// Machine code suggestions for comments: CLASSIFIED {classifier, score, rule, evidence, model, prompt}; model and
// prompt only for a language-model classifier (null removes them). Never touches CODED.
// $rows: [{item, code, classifier, score, rule, evidence, model, prompt}].
UNWIND $rows AS row
MATCH (p:Comment {id: row.item})
MATCH (c:Code {name: row.code})
MERGE (p)-[r:CLASSIFIED {classifier: row.classifier}]->(c)
SET r.score = row.score, r.rule = row.rule, r.evidence = row.evidence, r.model = row.model, r.prompt = row.prompt
