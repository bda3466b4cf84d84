// How many peer-education chains the graph holds (see analyze/education-chains).
MATCH (a:RedditUser)-[h1:HELPED]->(b:RedditUser)-[h2:HELPED]->(c:RedditUser)
WHERE a <> c AND h2.lastAt > h1.firstAt
RETURN count(*) AS chains
