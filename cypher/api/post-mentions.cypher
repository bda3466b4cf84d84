// Post.mentions for posts reached without them (search hits, a user's posts, Model.mentions): the entities each of
// the threads / comments $ids names — MENTIONS edges written by `commons analyze`, with surface, rule and count;
// kind from the target's label, name its id (Model, Dataset) or name (Hardware, Engine).
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Thread {id: id}) RETURN p
  UNION
  MATCH (p:Comment {id: id}) RETURN p
}
MATCH (p)-[r:MENTIONS]->(e)
WHERE e:Model OR e:Hardware OR e:Engine OR e:Dataset
RETURN p.id AS itemId,
       {kind: CASE WHEN e:Model THEN 'MODEL' WHEN e:Hardware THEN 'HARDWARE' WHEN e:Engine THEN 'ENGINE' ELSE 'DATASET' END,
        name: coalesce(e.id, e.name), surface: r.surface, rule: r.rule, count: r.count} AS mention
ORDER BY itemId, mention.kind, mention.name
