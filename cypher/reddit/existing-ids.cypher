// Which ids of a batch are already in the graph, so new records take the cheaper create path
// (reddit/create-threads, reddit/create-comments) and only known ones are compared (reddit/upsert-*).
// $threadIds, $commentIds: base36 ids.
CALL (*) {
  UNWIND $threadIds AS id
  MATCH (t:Thread {id: id})
  RETURN collect(id) AS threads
}
CALL (*) {
  UNWIND $commentIds AS id
  MATCH (c:Comment {id: id})
  RETURN collect(id) AS comments
}
RETURN threads, comments
