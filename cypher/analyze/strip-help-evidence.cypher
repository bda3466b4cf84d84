// Before threads are judged again: takes their comments out of the HELPED edges of the people who commented
// there (answers and acknowledgements), recounts weight, and deletes edges left without evidence, so a thread's
// help is counted once however often it is analyzed. An answer or acknowledgement judged again the same way stays
// where it is ($kept), so an edge whose help did not change is not written, nor deleted and created again by
// analyze/write-helped. $helpers: comment authors; $commentSet: the comment ids judged again, as answers or as
// acknowledgements, as map keys (a map lookup, not a scan of a list, per id); $answerSet: those judged again as
// answers when not all are (single replies: their follow-ups are judged only as acknowledgements, so one that
// answers something else keeps its evidence), null when all are (whole threads); $kept: helper → asker → the
// analyze/write-helped row of this judgement ({evidence, acknowledgements, rules, firstAt, lastAt}).
// Returns the pairs whose edge already holds everything their row would merge into it (evidence,
// acknowledgements, rules, times): analyze/write-helped leaves them out, since merging would change nothing.
UNWIND $helpers AS name
MATCH (:RedditUser {name: name})-[h:HELPED]->(asker:RedditUser)
WITH name, asker.name AS askerName, h, $kept[name][asker.name] AS kept
WITH name, askerName, h, kept,
     [e IN h.evidence WHERE coalesce($answerSet, $commentSet)[e] IS NULL OR e IN kept.evidence] AS evidence,
     [a IN coalesce(h.acknowledgements, []) WHERE $commentSet[a] IS NULL OR a IN kept.acknowledgements] AS acks
WITH name, askerName, h, evidence, acks,
     kept IS NOT NULL
       AND all(e IN kept.evidence WHERE e IN evidence)
       AND all(a IN kept.acknowledgements WHERE a IN acks)
       AND all(r IN kept.rules WHERE r IN split(coalesce(h.rule, ''), '+'))
       AND h.firstAt <= datetime({epochMillis: toInteger(kept.firstAt)})
       AND h.lastAt >= datetime({epochMillis: toInteger(kept.lastAt)}) AS held
CALL (h, evidence, acks) {
  WITH h, evidence, acks
  WHERE size(evidence) < size(h.evidence) OR size(acks) < size(coalesce(h.acknowledgements, []))
  SET h.evidence = evidence,
      h.acknowledgements = acks,
      h.weight = size(evidence)
  SET h.acknowledged = size(h.acknowledgements) > 0
  WITH h WHERE h.weight = 0
  DELETE h
}
WITH name, askerName, held
WHERE held
RETURN name AS helper, askerName AS asker
