// SAME_AS from a Reddit user to a Hugging Face account, never from a name alone. Evidence is a set of strings:
// permalinks where the user claims the account's model as their own work (rule claims-own-link), and
// "https://huggingface.co/ORG/NAME links PERMALINK" where card and release post link each other (rule
// card-and-post-link-each-other). Confidence treats them as independent: 1 - 0.4^claims × 0.2^mutual links,
// at most 0.95 (one claim 0.6, two 0.84, one mutual link 0.8). $rows: [{user, account, key, evidence, rule}].
UNWIND $rows AS row
MATCH (u:RedditUser {name: row.user})
MERGE (a:HFAccount {key: row.key})
ON CREATE SET a.name = row.account
MERGE (u)-[s:SAME_AS]->(a)
WITH s, row, coalesce(s.evidence, []) AS old
SET s.evidence = old + [e IN row.evidence WHERE NOT e IN old],
    s.rule = CASE
      WHEN s.rule IS NULL OR s.rule = '' THEN row.rule
      WHEN row.rule IN split(s.rule, '+') THEN s.rule
      ELSE s.rule + '+' + row.rule
    END
WITH s, size([e IN s.evidence WHERE e STARTS WITH 'https://huggingface.co/']) AS mutual
WITH s, mutual, size(s.evidence) - mutual AS claims
SET s.confidence = round(CASE
  WHEN 1 - (0.4 ^ claims) * (0.2 ^ mutual) > 0.95 THEN 0.95
  ELSE 1 - (0.4 ^ claims) * (0.2 ^ mutual)
END, 2)
