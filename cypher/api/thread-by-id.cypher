// thread(id): the thread, its author and its codes (human CODED and machine CLASSIFIED).
MATCH (t:Thread {id: $id})
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN t {.*, author: u.name, __typename: 'Thread',
          codes: COLLECT { MATCH (t)-[k:CODED|CLASSIFIED]->(code:Code) RETURN k {.*, type: type(k), code: code.name} }
       } AS thread
