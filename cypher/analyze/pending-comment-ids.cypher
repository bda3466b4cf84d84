// Every comment waiting for analysis (analysisPending, set by ingest), from the pending index, with its thread and
// parent: peer help knows from these which replies to judge again before any text is read. The analyzer sorts the
// ids and reads their text in pages by id (analyze/pending-comments), so each page costs its own size — an ORDER
// BY over the pending index would sort all that remain for every page.
MATCH (c:Comment)
WHERE c.analysisPending = true
RETURN c.id AS id, c.threadId AS threadId, c.parentId AS parentId
