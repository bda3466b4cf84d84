// RedditUser.helped: the users this user helped (HELPED out), heaviest first.
MATCH (:RedditUser {name: $name})-[h:HELPED]->(v:RedditUser)
RETURN v.name AS user, h {.*} AS rel
ORDER BY h.weight DESC, v.name
LIMIT toInteger($limit)
