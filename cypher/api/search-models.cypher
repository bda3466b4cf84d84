// searchModels: full-text over model ids and descriptions; $query is already Lucene-escaped by the API.
CALL db.index.fulltext.queryNodes('model_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node {.*} AS model, score
ORDER BY score DESC, node.key
