// Before a comment is analyzed again: removes what the last analysis derived from its text (MENTIONS, and
// CLASSIFIED by the classifier about to run). CODED (human codes) and other classifiers' suggestions stay.
// $ids, $classifier.
UNWIND $ids AS id
MATCH (c:Comment {id: id})-[r:MENTIONS|CLASSIFIED]->()
WHERE type(r) = 'MENTIONS' OR r.classifier = $classifier
DELETE r
