// Upserts fetched Hugging Face models (cards, tree crawls, Hub API records, snapshots) by their lowercased key.
// A placeholder that is now fetched becomes a full model. Returns how many were created (new, or placeholders
// filled), updated (a property changed: a newer snapshot's downloads and likes, say) or unchanged, so a rerun
// can show that it changed nothing; updatedAt moves only when something did.
// $rows: [{key, id, source, props: {author, downloads, likes, …}, createdAt, lastModified}] (ISO strings)
UNWIND $rows AS row
MERGE (m:Model {key: row.key})
WITH m, row, properties(m) AS before
SET m += row.props,
    m.id = row.id,
    m.placeholder = false,
    m.createdAt = coalesce(datetime(row.createdAt), m.createdAt),
    m.lastModified = coalesce(datetime(row.lastModified), m.lastModified),
    m.sources = CASE WHEN row.source IN coalesce(m.sources, []) THEN m.sources
                     ELSE coalesce(m.sources, []) + row.source END
REMOVE m.placeholderReason
WITH m, before, properties(m) AS after
WITH m, before.id IS NULL OR coalesce(before.placeholder, false) AS created,
     any(k IN keys(after) WHERE k <> 'updatedAt' AND NOT coalesce(before[k] = after[k], false)) AS changed
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END | SET m.updatedAt = datetime())
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN created OR changed THEN 0 ELSE 1 END) AS unchanged
