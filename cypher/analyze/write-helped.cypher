// HELPED from answerers to askers: evidence (answer comment ids) and acknowledgements (the asker's thanks) are
// sets merged with what the edge holds; weight = answers given; rule lists the rules that fired (help-flair:
// a reply to the author of a Question | Help thread; asks: a reply to a post or comment that asks).
// $rows: [{helper, asker, evidence, acknowledgements, rules, firstAt, lastAt (epoch ms)}].
UNWIND $rows AS row
MATCH (a:RedditUser {name: row.helper})
MATCH (b:RedditUser {name: row.asker})
MERGE (a)-[h:HELPED]->(b)
WITH h, row, coalesce(h.evidence, []) AS oldEvidence, coalesce(h.acknowledgements, []) AS oldAcks,
     datetime({epochMillis: toInteger(row.firstAt)}) AS firstAt, datetime({epochMillis: toInteger(row.lastAt)}) AS lastAt
SET h.evidence = oldEvidence + [e IN row.evidence WHERE NOT e IN oldEvidence],
    h.acknowledgements = oldAcks + [x IN row.acknowledgements WHERE NOT x IN oldAcks],
    h.rule = reduce(s = coalesce(h.rule, ''), r IN row.rules |
      CASE WHEN s = '' THEN r WHEN r IN split(s, '+') THEN s ELSE s + '+' + r END),
    h.firstAt = CASE WHEN h.firstAt IS NULL OR firstAt < h.firstAt THEN firstAt ELSE h.firstAt END,
    h.lastAt = CASE WHEN h.lastAt IS NULL OR lastAt > h.lastAt THEN lastAt ELSE h.lastAt END
SET h.weight = size(h.evidence), h.acknowledged = size(h.acknowledgements) > 0
