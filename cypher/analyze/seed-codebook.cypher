// Seeds the codebook (ingest/analyze/data/codes.yaml): Theme and Code nodes and IN_THEME. Descriptions follow the
// file; a researcher's own codes and every CODED edge are left alone. $themes: [{name, description}],
// $codes: [{name, kind, theme, description}].
UNWIND $themes AS theme
MERGE (t:Theme {name: theme.name})
SET t.description = theme.description
WITH count(*) AS themes
UNWIND $codes AS code
MERGE (c:Code {name: code.name})
SET c.kind = code.kind, c.description = code.description
WITH c, code
MATCH (t:Theme {name: code.theme})
MERGE (c)-[:IN_THEME]->(t)
RETURN count(*) AS codes
