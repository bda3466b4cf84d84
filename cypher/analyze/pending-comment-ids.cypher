// Ids of every comment waiting for analysis (analysisPending, set by ingest), from the pending index. The analyzer
// sorts them and reads their text in pages by id (analyze/pending-comments), so each page costs its own size —
// an ORDER BY over the pending index would sort all that remain for every page.
MATCH (c:Comment)
WHERE c.analysisPending = true
RETURN c.id AS id
