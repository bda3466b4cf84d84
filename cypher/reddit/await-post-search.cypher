// Waits until the full-text index post_search holds every post committed so far: it is eventually consistent
// (updated after commit, beside the next batch), and a finished ingest must leave its posts searchable.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
