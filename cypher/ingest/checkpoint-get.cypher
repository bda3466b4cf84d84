// The saved state of one ingest or analysis source (a file's byte offset, a crawl's cursor …), or no row.
MATCH (c:Checkpoint {key: $key})
RETURN c.state AS state, c.done AS done, c.updatedAt AS updatedAt
