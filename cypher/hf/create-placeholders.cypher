// Referenced models that are not in the graph at all (hf/existing-models said so in the same transaction),
// created as placeholders with their reason; ones that exist go through hf/upsert-placeholders.
// $rows: [{key, id, reason}]
UNWIND $rows AS row
CREATE (m:Model {key: row.key})
SET m.id = row.id, m.placeholder = true, m.placeholderReason = row.reason, m.updatedAt = datetime()
