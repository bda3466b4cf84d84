// redditUser(name): exact name first; otherwise a case-insensitive match (Reddit names are case-insensitive).
OPTIONAL MATCH (exact:RedditUser {name: $name})
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS u
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (u:RedditUser) WHERE toLower(u.name) = toLower($name)
  RETURN u
  ORDER BY u.name
  LIMIT 1
}
RETURN u {.*} AS user
