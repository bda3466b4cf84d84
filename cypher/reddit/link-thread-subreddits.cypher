// (Thread)-[:IN]->(Subreddit) for threads just created. $rows: [{id, subreddit}].
UNWIND $rows AS row
MATCH (t:Thread {id: row.id})
MERGE (s:Subreddit {name: row.subreddit})
MERGE (t)-[:IN]->(s)
