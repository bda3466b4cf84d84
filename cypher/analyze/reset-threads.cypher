// Before a page of threads is written again: removes what the last analysis derived from their text — MENTIONS,
// CLASSIFIED by the classifier about to run, EVALUATES, and ANNOUNCES by flair (ANNOUNCES from an identity is
// recomputed by analyze/announce-by-identity); CODED stays — and clears analysisPending of those analyzed.
// $rows: [{id, done}], $classifier.
UNWIND $rows AS row
MATCH (t:Thread {id: row.id})
CALL (t) {
  MATCH (t)-[r:MENTIONS|CLASSIFIED|EVALUATES|ANNOUNCES]->()
  WHERE type(r) IN ['MENTIONS', 'EVALUATES'] OR r.classifier = $classifier
     OR (type(r) = 'ANNOUNCES' AND r.rule <> 'author-same-as-publisher')
  DELETE r
}
FOREACH (_ IN CASE WHEN row.done THEN [1] ELSE [] END | REMOVE t.analysisPending)
