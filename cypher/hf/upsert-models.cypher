// Upserts fetched Hugging Face models (cards, tree crawls, Hub API records, snapshots) by their lowercased key.
// A placeholder that is now fetched becomes a full model. Only the properties a row brings are compared, and
// a model is written only when one of them differs, so a rerun writes nothing. Returns how many were created
// (new, or placeholders filled), updated (a newer snapshot's downloads and likes, say) or unchanged.
// $rows: [{key, id, source, props: {author, downloads, likes, …}, createdAt, lastModified}] (ISO strings)
UNWIND $rows AS row
MERGE (m:Model {key: row.key})
WITH m, row, datetime(row.createdAt) AS createdAt, datetime(row.lastModified) AS lastModified
WITH m, row, createdAt, lastModified, m.id IS NULL OR coalesce(m.placeholder, false) AS created
WITH m, row, createdAt, lastModified, created,
     created OR m.id <> row.id OR NOT row.source IN coalesce(m.sources, [])
     OR (createdAt IS NOT NULL AND NOT coalesce(m.createdAt = createdAt, false))
     OR (lastModified IS NOT NULL AND NOT coalesce(m.lastModified = lastModified, false))
     OR any(k IN keys(row.props) WHERE NOT coalesce(m[k] = row.props[k], false)) AS changed
CALL (m, row, createdAt, lastModified, changed) {
  WITH m, row, createdAt, lastModified, changed
  WHERE changed
  SET m += row.props,
      m.id = row.id,
      m.placeholder = false,
      m.createdAt = coalesce(createdAt, m.createdAt),
      m.lastModified = coalesce(lastModified, m.lastModified),
      m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources
                       ELSE coalesce(m.sources, []) + row.source END,
      m.updatedAt = datetime()
  REMOVE m.placeholderReason
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN changed THEN 0 ELSE 1 END) AS unchanged
