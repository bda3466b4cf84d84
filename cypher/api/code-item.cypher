// codeItem mutation: a person codes a thread or comment (CODED {coder, at, note}); creates the Code when new.
// Idempotent per (item, code, coder): recoding updates the note. No row when the item does not exist.
OPTIONAL MATCH (t:Thread {id: $itemId})
OPTIONAL MATCH (c:Comment {id: $itemId})
WITH coalesce(t, c) AS item
WHERE item IS NOT NULL
MERGE (code:Code {name: $code})
  ON CREATE SET code.kind = $codeKind
MERGE (item)-[k:CODED {coder: $coder}]->(code)
  ON CREATE SET k.at = datetime()
SET k.note = coalesce($note, k.note)
RETURN item.id AS itemId, k {.*, type: 'CODED', code: code.name} AS coding
