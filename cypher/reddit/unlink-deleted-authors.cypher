// A record now shows `[deleted]` as author: the attribution stored earlier is dropped (Reddit's terms).
// $threadIds, $commentIds: base36 ids of the items whose author was deleted.
CALL (*) {
  UNWIND $threadIds AS id
  MATCH (:RedditUser)-[p:POSTED]->(:Thread {id: id})
  DELETE p
}
CALL (*) {
  UNWIND $commentIds AS id
  MATCH (:RedditUser)-[p:POSTED]->(:Comment {id: id})
  DELETE p
}
