// searchPosts: full-text over thread titles and bodies and comment bodies; $query is already Lucene-escaped.
CALL db.index.fulltext.queryNodes('post_search', $query, {limit: toInteger($limit)}) YIELD node, score
OPTIONAL MATCH (u:RedditUser)-[:POSTED]->(node)
RETURN node {.*, author: u.name, __typename: CASE WHEN node:Thread THEN 'Thread' ELSE 'Comment' END} AS post,
       score
ORDER BY score DESC, node.id
