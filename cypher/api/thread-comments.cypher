// Thread.comments: every comment of the thread (by the threadId index), with author, codes, mentions, in tree order
// (depth, then time); parentId links them. At most $limit.
MATCH (c:Comment {threadId: $id})
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
ORDER BY c.depth, c.createdAt, c.id
LIMIT toInteger($limit)
