// codes: every Code with how many items carry it (CODED by people, CLASSIFIED by machines), and the
// denominators: items with any human code, items with any classification, and all items in scope.
// Scope: every thread and comment, or one thread ($threadId) and its comments.
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
MATCH (code:Code)
CALL (code) {
  OPTIONAL MATCH (code)<-[:CODED]-(n)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS count
}
CALL (code) {
  OPTIONAL MATCH (code)<-[:CLASSIFIED]-(n)
  WHERE $threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId
  RETURN count(DISTINCT n) AS classifiedCount
}
RETURN code.name AS name, code.kind AS kind, code.description AS description,
       COLLECT { MATCH (code)-[:IN_THEME]->(t:Theme) RETURN t.name ORDER BY t.name } AS themes,
       count, classifiedCount, codedItems, classifiedItems, itemsInScope
ORDER BY name
