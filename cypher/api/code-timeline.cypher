// codeTimeline (MONTH): per calendar month (UTC) of the items' createdAt, the threads and comments in scope, how
// many carry any human code (CODED) / any classification (CLASSIFIED), and per code and per theme (a theme: any of
// its codes, IN_THEME) how many items carry it from a person (count) and from a classifier (classifiedCount).
// Items without createdAt are left out. Scope: every thread and comment, or one thread ($threadId) and its comments.
CALL () {
  MATCH (n:Thread) WHERE $threadId IS NULL OR n.id = $threadId RETURN n
  UNION ALL
  MATCH (n:Comment) WHERE $threadId IS NULL OR n.threadId = $threadId RETURN n
}
WITH n WHERE n.createdAt IS NOT NULL
WITH n, toString(date.truncate('month', n.createdAt)) AS start
// Each item's distinct [code, edge type] and [theme, edge type] pairs: one item counts once per code and theme.
CALL (n) {
  OPTIONAL MATCH (n)-[k:CODED|CLASSIFIED]->(code:Code)
  OPTIONAL MATCH (code)-[:IN_THEME]->(theme:Theme)
  RETURN collect(DISTINCT CASE WHEN k IS NOT NULL THEN [code.name, type(k)] END) AS codePairs,
         collect(DISTINCT CASE WHEN theme IS NOT NULL THEN [theme.name, type(k)] END) AS themePairs
}
WITH start, count(n) AS itemsInScope,
     sum(CASE WHEN any(p IN codePairs WHERE p[1] = 'CODED') THEN 1 ELSE 0 END) AS codedItems,
     sum(CASE WHEN any(p IN codePairs WHERE p[1] = 'CLASSIFIED') THEN 1 ELSE 0 END) AS classifiedItems,
     collect(CASE WHEN size(codePairs) > 0 THEN codePairs END) AS itemCodePairs,
     collect(CASE WHEN size(themePairs) > 0 THEN themePairs END) AS itemThemePairs
CALL (itemCodePairs) {
  UNWIND itemCodePairs AS pairs
  UNWIND pairs AS pair
  WITH pair[0] AS name,
       sum(CASE pair[1] WHEN 'CODED' THEN 1 ELSE 0 END) AS count,
       sum(CASE pair[1] WHEN 'CLASSIFIED' THEN 1 ELSE 0 END) AS classifiedCount
  MATCH (code:Code {name: name})
  RETURN collect({name: name, kind: code.kind, count: count, classifiedCount: classifiedCount,
                  themes: COLLECT { MATCH (code)-[:IN_THEME]->(t:Theme) RETURN t.name ORDER BY t.name }}) AS codes
}
CALL (itemThemePairs) {
  UNWIND itemThemePairs AS pairs
  UNWIND pairs AS pair
  WITH pair[0] AS name,
       sum(CASE pair[1] WHEN 'CODED' THEN 1 ELSE 0 END) AS count,
       sum(CASE pair[1] WHEN 'CLASSIFIED' THEN 1 ELSE 0 END) AS classifiedCount
  RETURN collect({name: name, count: count, classifiedCount: classifiedCount}) AS themes
}
RETURN start, itemsInScope, codedItems, classifiedItems, codes, themes
ORDER BY start
