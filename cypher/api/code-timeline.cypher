// codeTimeline (MONTH): per calendar month (UTC) of the items' createdAt, the threads and comments in scope, how
// many carry any human code (CODED) / any classification (CLASSIFIED), and per code how many items carry it from
// a person (count) and from a classifier (classifiedCount). Items without createdAt are left out.
// Scope: every thread and comment, or one thread ($threadId) and its comments.
CALL () {
  MATCH (n:Thread) WHERE $threadId IS NULL OR n.id = $threadId RETURN n
  UNION ALL
  MATCH (n:Comment) WHERE $threadId IS NULL OR n.threadId = $threadId RETURN n
}
WITH n WHERE n.createdAt IS NOT NULL
WITH n, toString(date.truncate('month', n.createdAt)) AS start
CALL (n) {
  OPTIONAL MATCH (n)-[k:CODED|CLASSIFIED]->(code:Code)
  RETURN collect(DISTINCT [code.name, type(k)]) AS pairs
}
WITH start, count(n) AS itemsInScope,
     sum(CASE WHEN any(p IN pairs WHERE p[1] = 'CODED') THEN 1 ELSE 0 END) AS codedItems,
     sum(CASE WHEN any(p IN pairs WHERE p[1] = 'CLASSIFIED') THEN 1 ELSE 0 END) AS classifiedItems,
     collect(CASE WHEN size(pairs) > 0 THEN pairs END) AS itemPairs
CALL (itemPairs) {
  UNWIND itemPairs AS pairs
  UNWIND pairs AS pair
  WITH pair[0] AS name,
       sum(CASE pair[1] WHEN 'CODED' THEN 1 ELSE 0 END) AS count,
       sum(CASE pair[1] WHEN 'CLASSIFIED' THEN 1 ELSE 0 END) AS classifiedCount
  MATCH (code:Code {name: name})
  RETURN collect({name: name, kind: code.kind, count: count, classifiedCount: classifiedCount,
                  themes: COLLECT { MATCH (code)-[:IN_THEME]->(t:Theme) RETURN t.name ORDER BY t.name }}) AS codes
}
RETURN start, itemsInScope, codedItems, classifiedItems, codes
ORDER BY start
