// Models that are referenced (a parent, a tree's listed child) but not fetched: kept as placeholders so
// family trees stay connected. A model already fetched is left alone; a placeholder learns a more specific
// reason (404, 401, 403, gated) when a crawl finds one.
// $rows: [{key, id, reason}]
UNWIND $rows AS row
MERGE (m:Model {key: row.key})
ON CREATE SET m.id = row.id, m.placeholder = true, m.placeholderReason = row.reason, m.updatedAt = datetime()
WITH m, row
WHERE m.placeholder = true AND row.reason <> 'referenced' AND m.placeholderReason <> row.reason
SET m.placeholderReason = row.reason, m.updatedAt = datetime()
