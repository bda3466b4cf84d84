// RedditUser.helpedBy: the users who helped this user (HELPED in), heaviest first.
MATCH (:RedditUser {name: $name})<-[h:HELPED]-(v:RedditUser)
RETURN v.name AS user, h {.*} AS rel
ORDER BY h.weight DESC, v.name
LIMIT toInteger($limit)
