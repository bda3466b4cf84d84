// themes: every Theme with how many items carry any of its codes (CODED / CLASSIFIED), with the same
// denominators as code-counts.cypher. Scope: every thread and comment, or one thread ($threadId) and its comments.
CALL () {
  WITH $threadId AS tid WHERE tid IS NULL
  RETURN COUNT { (:Thread) } + COUNT { (:Comment) } AS itemsInScope
  UNION
  WITH $threadId AS tid WHERE tid IS NOT NULL
  RETURN COUNT { (:Thread {id: tid}) } + COUNT { (:Comment {threadId: tid}) } AS itemsInScope
}
CALL () {
  OPTIONAL MATCH (n)-[:CODED]->(:Code)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS codedItems
}
CALL () {
  OPTIONAL MATCH (n)-[:CLASSIFIED]->(:Code)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS classifiedItems
}
MATCH (theme:Theme)
CALL (theme) {
  OPTIONAL MATCH (theme)<-[:IN_THEME]-(:Code)<-[:CODED]-(n)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS count
}
CALL (theme) {
  OPTIONAL MATCH (theme)<-[:IN_THEME]-(:Code)<-[:CLASSIFIED]-(n)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS classifiedCount
}
RETURN theme.name AS name, theme.description AS description,
       COLLECT { MATCH (theme)<-[:IN_THEME]-(c:Code) RETURN c.name ORDER BY c.name } AS codes,
       count, classifiedCount, codedItems, classifiedItems, itemsInScope
ORDER BY name
