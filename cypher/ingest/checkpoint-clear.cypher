// Forgets the saved state of every source whose key starts with $prefix (a fresh, non-resumed run).
MATCH (c:Checkpoint)
WHERE c.key STARTS WITH $prefix
DELETE c
