// Benchmarks only: deletes the replica models (owners ORG-rN, see replicateModels in tests/support/hub-standin.ts),
// their accounts and the checkpoints of their runs, leaving every real record alone. Auto-commit (batched).
MATCH (m:Model) WHERE m.key =~ '[^/]*-r[0-9]+/.*'
CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS models
MATCH (a:HFAccount) WHERE a.key =~ '.*-r[0-9]+'
CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS accounts
