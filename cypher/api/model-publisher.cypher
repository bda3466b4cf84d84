// Model.publisher: the Hugging Face account that published the model.
MATCH (a:HFAccount)-[:PUBLISHED]->(:Model {key: $key})
RETURN a {.name, .kind, .fullname} AS account
LIMIT 1
