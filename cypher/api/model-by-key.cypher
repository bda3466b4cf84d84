// The API's model(id): one Model by its lowercased key (Hub ids are case-insensitive).
MATCH (m:Model {key: $key})
RETURN m {.*} AS model
