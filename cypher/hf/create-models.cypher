// Fetched models that are not in the graph at all (hf/existing-models said so in the same transaction):
// a plain CREATE per row, with what hf/upsert-models would have set. The key and id constraints still refuse
// a duplicate, should another writer have created the same model meanwhile (the batch then fails whole).
// $rows: [{key, id, source, props: {author, downloads, likes, …}, createdAt, lastModified}] (ISO strings)
UNWIND $rows AS row
CREATE (m:Model {key: row.key})
SET m += row.props,
    m.id = row.id,
    m.placeholder = false,
    m.createdAt = datetime(row.createdAt),
    m.lastModified = datetime(row.lastModified),
    m.sources = [row.source],
    m.updatedAt = datetime()
RETURN count(m) AS created
