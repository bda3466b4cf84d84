// Before a thread is analyzed again: removes what the last analysis derived from its text — MENTIONS,
// CLASSIFIED by the classifier about to run, EVALUATES, and ANNOUNCES by flair (ANNOUNCES from an identity is
// recomputed by analyze/announce-by-identity). CODED stays. $ids, $classifier.
UNWIND $ids AS id
MATCH (t:Thread {id: id})-[r:MENTIONS|CLASSIFIED|EVALUATES|ANNOUNCES]->()
WHERE type(r) IN ['MENTIONS', 'EVALUATES'] OR r.classifier = $classifier
   OR (type(r) = 'ANNOUNCES' AND r.rule <> 'author-same-as-publisher')
DELETE r
