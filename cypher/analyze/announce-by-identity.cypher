// ANNOUNCES when a thread's author is SAME_AS the account that publishes a model the thread links, whatever its
// flair. Evidence names the identity and the link. Returns how many it added.
MATCH (u:RedditUser)-[s:SAME_AS]->(a:HFAccount)
MATCH (u)-[:POSTED]->(t:Thread)-[m:MENTIONS {rule: 'link'}]->(model:Model)
WHERE model.key STARTS WITH a.key + '/' AND NOT (t)-[:ANNOUNCES]->(model)
MERGE (t)-[r:ANNOUNCES]->(model)
SET r.rule = 'author-same-as-publisher', r.evidence = ['SAME_AS ' + a.name + ' (' + s.rule + ')', m.surface]
RETURN count(r) AS announcements
