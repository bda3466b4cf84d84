// Before threads are judged again: takes their comments out of the HELPED edges of the people who commented
// there (answers and acknowledgements), recounts weight, and deletes edges left without evidence, so a thread's
// help is counted once however often it is analyzed. $helpers: comment authors; $commentSet: the threads'
// comment ids as map keys (a map lookup, not a scan of a list, per evidence id).
UNWIND $helpers AS name
MATCH (:RedditUser {name: name})-[h:HELPED]->()
WITH h, [e IN h.evidence WHERE $commentSet[e] IS NULL] AS evidence
WHERE size(evidence) < size(h.evidence)
SET h.evidence = evidence,
    h.acknowledgements = [a IN coalesce(h.acknowledgements, []) WHERE $commentSet[a] IS NULL],
    h.weight = size(evidence)
SET h.acknowledged = size(h.acknowledgements) > 0
WITH h WHERE h.weight = 0
DELETE h
