// `analyze --all`: SAME_AS edges this analyzer derived (rules claims-own-link, card-and-post-link-each-other)
// go before they are derived again; identities from other sources stay (auto-commit, in batches).
MATCH ()-[s:SAME_AS]->()
WHERE all(rule IN split(s.rule, '+') WHERE rule IN ['claims-own-link', 'card-and-post-link-each-other'])
CALL (s) {
  DELETE s
} IN TRANSACTIONS OF 10000 ROWS
