// Peer-education chains: A helped B, and B later helped C (C ≠ A). $limit.
MATCH (a:RedditUser)-[h1:HELPED]->(b:RedditUser)-[h2:HELPED]->(c:RedditUser)
WHERE a <> c AND h2.lastAt > h1.firstAt
RETURN a.name AS helper, b.name AS learner, c.name AS helpedNext, h1.firstAt AS learnedAt, h2.lastAt AS passedOnAt,
       h1.evidence AS learnedEvidence, h2.evidence AS passedOnEvidence
ORDER BY passedOnAt DESC, helper, learner, helpedNext
LIMIT toInteger($limit)
