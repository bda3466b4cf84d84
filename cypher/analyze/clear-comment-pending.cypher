// Comments whose analysis derived exactly what they already hold (ingest/analyze/stored-derivations.ts): only
// analysisPending is cleared, no edge is deleted and created again. $ids.
UNWIND $ids AS id
MATCH (c:Comment {id: id})
REMOVE c.analysisPending
