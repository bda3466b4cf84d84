// SAME_AS from a Reddit user to the Hugging Face account whose models they link as their own work. Evidence is
// the set of permalinks where they claim it; confidence grows with independent claims (0.6 for one, +0.15 each,
// at most 0.95). Never from a name alone. $rows: [{user, account, key, evidence}].
UNWIND $rows AS row
MATCH (u:RedditUser {name: row.user})
MERGE (a:HFAccount {key: row.key})
ON CREATE SET a.name = row.account
MERGE (u)-[s:SAME_AS]->(a)
WITH s, row, coalesce(s.evidence, []) AS old
SET s.evidence = old + [e IN row.evidence WHERE NOT e IN old],
    s.rule = coalesce(s.rule, 'claims-own-link')
SET s.confidence = CASE
  WHEN s.rule <> 'claims-own-link' THEN s.confidence
  ELSE round(CASE WHEN 0.6 + 0.15 * (size(s.evidence) - 1) > 0.95 THEN 0.95 ELSE 0.6 + 0.15 * (size(s.evidence) - 1) END, 2)
END
