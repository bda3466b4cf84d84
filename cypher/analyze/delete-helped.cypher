// `analyze --all`: every HELPED edge goes before the threads are judged again (auto-commit, in batches).
MATCH ()-[h:HELPED]->()
CALL (h) {
  DELETE h
} IN TRANSACTIONS OF 10000 ROWS
