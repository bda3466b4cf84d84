// Benchmark graph: how big it is (count store, instant), and how much of it is real data (the template the
// replicas are copied from: nodes without a `replica` mark). Every real comment has a REPLY_TO edge, so replies
// = comments when the copies kept their reply trees.
RETURN COUNT { (:Model) } AS models, COUNT { (:Thread) } AS threads, COUNT { (:Comment) } AS comments,
       COUNT { ()-[:DERIVED_FROM]->() } AS derivations, COUNT { ()-[:REPLY_TO]->() } AS replies,
       COUNT { (m:Model) WHERE m.replica IS NULL } AS realModels,
       COUNT { (c:Comment) WHERE c.replica IS NULL } AS realComments
