// thread(id): the thread, its author and its codes (human CODED and machine CLASSIFIED) and
// mentions (MENTIONS from `analyze`).
MATCH (t:Thread {id: $id})
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(t)
RETURN t {.*, author: u.name, __typename: 'Thread',
          codes: COLLECT { MATCH (t)-[k:CODED|CLASSIFIED]->(code:Code) RETURN k {.*, type: type(k), code: code.name} },
          mentions: COLLECT {
            MATCH (t)-[r:MENTIONS]->(e)
            WHERE e:Model OR e:Hardware OR e:Engine OR e:Dataset
            RETURN {kind: CASE WHEN e:Model THEN 'MODEL' WHEN e:Hardware THEN 'HARDWARE' WHEN e:Engine THEN 'ENGINE' ELSE 'DATASET' END,
                    name: coalesce(e.id, e.name), surface: r.surface, rule: r.rule, count: r.count}
          }
       } AS thread
