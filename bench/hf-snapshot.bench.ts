import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { readDbConfig } from "../db/config.ts";
import { loadQuery } from "../db/cypher.ts";
import { Gateway } from "../db/gateway.ts";
import { clearCheckpoints } from "../ingest/common/checkpoint.ts";
import { applySchema } from "../db/schema.ts";
import { HfGraphWriter } from "../ingest/hf/hf-graph-writer.ts";
import { HfIngestReport } from "../ingest/hf/hf-ingest-report.ts";
import { ingestHfSnapshot } from "../ingest/hf/ingest-hf-snapshot.ts";
import { isProblem, normalizeHubModel } from "../ingest/hf/normalize-hub-model.ts";
import { replicateModels } from "../tests/support/hub-standin.ts";
import type { Benchmark } from "./benchmark.ts";
import { localPid, processCpuSeconds } from "./neo4j-cpu.ts";

// `npm run bench -- hf-snapshot [--models N] [--baseline N]`, against the database the environment names
// (NEO4J_URI, else the local one). Every id it writes has an ORG-rN owner; they are deleted before and after.
const CHECKPOINTS = `hf:snapshot:${os.tmpdir()}`;

const benchmark: Benchmark = {
  description:
    "Load a Hub snapshot (JSONL) of N models into Neo4j with ingestHfSnapshot (batched UNWIND, 2,000 per transaction, two transactions in flight); " +
    "the snapshot is made by replicating the 89 real records of samples/hf/trees (Llama-2-7b) under new ids ORG-rN/NAME, " +
    "lineage tags renamed alike. Baseline: the same queries one model per transaction, on a smaller replica; " +
    "and the machine's floor: bare CREATEs of the same properties under an unindexed label. " +
    "CPU seconds of the load (this process; the local Neo4j when it is the one configured) read far steadier " +
    "than the rate on a shared machine.",
  async run({ args, log }) {
    const count = numberArg(args, "--models", 100_000);
    const baselineCount = numberArg(args, "--baseline", 2_000);
    const config = readDbConfig();
    const gateway = Gateway.connect(config);
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-bench-"));
    try {
      await applySchema(gateway);
      await cleanUp(gateway);
      const models = replicateModels(count);
      const file = path.join(dir, "snapshot.jsonl");
      await writeFile(file, `${models.map((m) => JSON.stringify(m)).join("\n")}\n`);
      log(`snapshot of ${models.length} models written to ${file}`);

      const neo4jPid = localPid(config);
      const neo4jBefore = processCpuSeconds(neo4jPid);
      const nodeBefore = process.cpuUsage();
      let started = performance.now();
      const report = await ingestHfSnapshot(gateway, file);
      const seconds = (performance.now() - started) / 1000;
      const node = process.cpuUsage(nodeBefore);
      const neo4jAfter = processCpuSeconds(neo4jPid);
      log(report.summary());
      await cleanUp(gateway);

      // Baseline: one transaction per model (same queries, rows of one).
      const sample = replicateModels(baselineCount);
      const baselineReport = new HfIngestReport();
      const writer = new HfGraphWriter(gateway, baselineReport, { batchSize: 1 });
      started = performance.now();
      for (const [index, raw] of sample.entries()) {
        const entry = normalizeHubModel(raw, { source: "snapshot", file: "baseline", where: `[${index}]` });
        if (!isProblem(entry)) await writer.add(entry);
      }
      await writer.flush();
      const baselineSeconds = (performance.now() - started) / 1000;
      log(baselineReport.summary());

      // The floor: bare CREATEs of the same model properties (no index, no MERGE, no edges), same batches.
      const bare = models.map((m) => ({
        key: String(m.id).toLowerCase(),
        props: { author: m.author, downloads: m.downloads, likes: m.likes, tags: m.tags },
      }));
      started = performance.now();
      for (let i = 0; i < bare.length; i += 2000)
        await gateway.write("hf/bench-bare-create", { rows: bare.slice(i, i + 2000) });
      const bareSeconds = (performance.now() - started) / 1000;
      return {
        figures: {
          models: report.loaded,
          modelsPerSecond: report.loaded / seconds,
          edges: report.links,
          seconds,
          nodeCpuSeconds: (node.user + node.system) / 1e6,
          ...(neo4jBefore !== undefined && neo4jAfter !== undefined
            ? { neo4jCpuSeconds: neo4jAfter - neo4jBefore }
            : {}),
        },
        baseline: {
          models: baselineReport.loaded,
          modelsPerSecond: baselineReport.loaded / baselineSeconds,
          seconds: baselineSeconds,
          bareCreatePerSecond: bare.length / bareSeconds,
        },
        goals: { modelsPerSecond: ">= 10000/s" },
      };
    } finally {
      await cleanUp(gateway);
      await gateway.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default benchmark;

async function cleanUp(gateway: Gateway): Promise<void> {
  // Only what the benchmark wrote (replica ids); checkpoints of its runs are cleared by prefix.
  await gateway.runAutoCommit(loadQuery("hf/delete-replicas"), {}, "hf/delete-replicas");
  await clearCheckpoints(gateway, CHECKPOINTS);
}

function numberArg(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}: expected a positive whole number`);
  return value;
}
