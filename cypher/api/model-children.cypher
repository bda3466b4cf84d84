// Model.children: one page of direct children (optionally of one relation), most downloaded first,
// with the total for the connection. $skip comes from the opaque cursor.
MATCH (m:Model {key: $key})
WITH m, COUNT { (m)<-[r:DERIVED_FROM]-(:Model) WHERE $relation IS NULL OR r.relation = $relation } AS total
OPTIONAL CALL (m) {
  MATCH (m)<-[r:DERIVED_FROM]-(c:Model)
  WHERE $relation IS NULL OR r.relation = $relation
  RETURN r, c
  ORDER BY coalesce(c.downloads, 0) DESC, c.key
  SKIP toInteger($skip)
  LIMIT toInteger($limit)
}
RETURN total, collect(CASE WHEN c IS NULL THEN NULL ELSE {rel: r {.*}, model: c {.*}} END) AS page
