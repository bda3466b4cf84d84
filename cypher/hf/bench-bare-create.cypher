// Benchmarks only: the machine's floor for comparison — creates plain nodes with the same properties as a
// model row, under a label no index or constraint covers, no MERGE, no relationships. Removed by
// hf/delete-replicas. $rows: [{key, props}]
UNWIND $rows AS row
CREATE (m:HfBenchBare {key: row.key})
SET m += row.props
