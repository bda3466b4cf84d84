// Ids of every thread, for `analyze --all`: peer help judges each of them whole, beside the pages of posts.
MATCH (t:Thread)
RETURN t.id AS id
