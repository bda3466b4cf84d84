// Marks threads analyzed: clears analysisPending (absent, not false: absent values are not stored). $ids.
UNWIND $ids AS id
MATCH (p:Thread {id: id})
REMOVE p.analysisPending
