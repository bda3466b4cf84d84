// Benchmarks only: deletes the replica models (owners ORG-rN, see replicateModels in tests/support/hub-standin.ts),
// their accounts and the bare nodes of hf/bench-bare-create, leaving every real record alone. Auto-commit.
MATCH (m:Model) WHERE m.key =~ '[^/]*-r[0-9]+/.*'
CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS models
MATCH (a:HFAccount) WHERE a.key =~ '.*-r[0-9]+'
CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS accounts
OPTIONAL MATCH (b:HfBenchBare)
CALL (b) { WITH b WHERE b IS NOT NULL DELETE b } IN TRANSACTIONS OF 10000 ROWS
RETURN accounts
