// Relationship counts per type, for `commons stats` and the API's `stats` (dynamic types: Neo4j 5.26+).
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) {
  MATCH ()-[r:$(type)]->()
  RETURN count(r) AS count
}
RETURN type, count
ORDER BY type
