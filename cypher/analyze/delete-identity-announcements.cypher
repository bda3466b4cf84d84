// `analyze --all`: ANNOUNCES derived from identities (rule author-same-as-publisher) go with the identities they
// rest on, and are derived again after them (auto-commit, in batches).
MATCH ()-[r:ANNOUNCES {rule: 'author-same-as-publisher'}]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
