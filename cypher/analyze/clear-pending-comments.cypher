// Marks comments analyzed: clears analysisPending (absent, not false: absent values are not stored). $ids.
UNWIND $ids AS id
MATCH (p:Comment {id: id})
REMOVE p.analysisPending
