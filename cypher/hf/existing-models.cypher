// Which of a batch's model keys are in the graph already (fetched or placeholders), read in the batch's own
// transaction before it writes: the writer CREATEs the others, and their edges, instead of MERGE-ing every row.
// Returns the key it sought, which the index matched exactly, rather than reading the node's property back.
// $keys: lowercased model keys of every model, placeholder, child and parent in the batch
UNWIND $keys AS k
MATCH (m:Model {key: k})
RETURN k AS key
