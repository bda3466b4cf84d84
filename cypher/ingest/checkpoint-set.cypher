// Saves the state of one source. Written in the same transaction as the batch it follows, so a crash can never
// leave a checkpoint ahead of the data (a rerun with --resume redoes at most one idempotent batch).
MERGE (c:Checkpoint {key: $key})
SET c.state = $state, c.done = $done, c.updatedAt = datetime()
