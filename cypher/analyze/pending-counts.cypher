// How many threads and comments wait for analysis.
RETURN COUNT { (t:Thread) WHERE t.analysisPending = true } AS threads,
       COUNT { (c:Comment) WHERE c.analysisPending = true } AS comments
