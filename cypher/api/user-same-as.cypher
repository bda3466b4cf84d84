// RedditUser.sameAs: the Hugging Face accounts this user is believed to be, with evidence and confidence.
MATCH (:RedditUser {name: $name})-[s:SAME_AS]->(a:HFAccount)
RETURN a {.name, .kind, .fullname} AS account, s {.*} AS rel
ORDER BY s.confidence DESC, a.name
