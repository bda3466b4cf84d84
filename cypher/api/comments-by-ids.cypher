// comments(ids): the comments with these base36 ids, in the order of $ids (absent ids left out), each with its
// author, codes (CODED / CLASSIFIED) and mentions (MENTIONS), as Thread.comments returns them.
UNWIND range(0, size($ids) - 1) AS i
MATCH (c:Comment {id: $ids[i]})
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(c)
RETURN c {.*, author: u.name, __typename: 'Comment',
          codes: COLLECT { MATCH (c)-[k:CODED|CLASSIFIED]->(code:Code) RETURN k {.*, type: type(k), code: code.name} },
          mentions: COLLECT {
            MATCH (c)-[r:MENTIONS]->(e)
            WHERE e:Model OR e:Hardware OR e:Engine OR e:Dataset
            RETURN {kind: CASE WHEN e:Model THEN 'MODEL' WHEN e:Hardware THEN 'HARDWARE' WHEN e:Engine THEN 'ENGINE' ELSE 'DATASET' END,
                    name: coalesce(e.id, e.name), surface: r.surface, rule: r.rule, count: r.count}
          }
       } AS comment
ORDER BY i
