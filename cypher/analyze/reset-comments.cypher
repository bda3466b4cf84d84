// Before a page of comments is written again: removes what the last analysis derived from their text (MENTIONS,
// and CLASSIFIED by the classifier about to run; CODED and other classifiers' suggestions stay), and clears
// analysisPending of those analyzed (done; an item the classifier failed for keeps its flag).
// $rows: [{id, done}], $classifier.
UNWIND $rows AS row
MATCH (c:Comment {id: row.id})
CALL (c) {
  MATCH (c)-[r:MENTIONS|CLASSIFIED]->()
  WHERE type(r) = 'MENTIONS' OR r.classifier = $classifier
  DELETE r
}
FOREACH (_ IN CASE WHEN row.done THEN [1] ELSE [] END | REMOVE c.analysisPending)
