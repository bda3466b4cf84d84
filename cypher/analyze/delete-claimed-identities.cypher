// `analyze --all`: SAME_AS edges this analyzer derived (rule claims-own-link) go before they are derived again;
// identities from other sources stay (auto-commit, in batches).
MATCH ()-[s:SAME_AS {rule: 'claims-own-link'}]->()
CALL (s) {
  DELETE s
} IN TRANSACTIONS OF 10000 ROWS
