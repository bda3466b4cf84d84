// Identities from links both ways: a model card links a Reddit thread AND that thread links the model (a
// release post and its card pointing at each other). A card that only cites someone's thread proves nothing
// (real cards cite benchmark and technique posts by others), so one-way links give no row.
// $rows: [{threadId, modelKey, modelId, account}].
UNWIND $rows AS row
MATCH (t:Thread {id: row.threadId})-[:MENTIONS {rule: 'link'}]->(:Model {key: row.modelKey})
MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN u.name AS user, row.account AS account, toLower(row.account) AS key,
       ['https://huggingface.co/' + row.modelId + ' links ' + coalesce(t.permalink, t.id)] AS evidence
