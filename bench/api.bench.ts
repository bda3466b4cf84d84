import { createRequire } from "node:module";

import { Gateway } from "../db/gateway.ts";
import type { ApiContext } from "../server/context.ts";
import { createServer, type RunningServer } from "../server/create-server.ts";
import { DEFAULT_LIMITS, type ApiLimits } from "../server/limits/api-limits.ts";
import { familyTree } from "../server/resolvers/family-tree.ts";
import { countGraph, SHARED_BASE } from "./api-graph.bench.ts";
import type { BenchOptions, BenchResult, Benchmark } from "./benchmark.ts";

/** The part of autocannon's API this benchmark uses (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: Record<string, number>;
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const LIMITS: ApiLimits = { ...DEFAULT_LIMITS, rateLimit: 1_000_000_000 };
const MODEL_QUERY =
  "query($id: ID!) { model(id: $id) { id author downloads likes pipelineTag license tags createdAt placeholder } }";
const TREE_QUERY =
  "query($id: ID!) { familyTree(modelId: $id, up: 3, down: 3, limit: 2000) { truncated nodes { id kind label data } edges { source target type data } } }";
const THREAD_QUERY =
  "query($id: ID!) { thread(id: $id) { id title author score comments { id parentId author isSubmitter score depth } } }";
const SEARCH_QUERY =
  "query($q: String!) { searchModels(query: $q, first: 20) { score model { id downloads } } }";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Times `count` sequential calls of `work(i)`; returns p50 / p95 in milliseconds. */
async function time(
  count: number,
  work: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await work(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function post(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body;
}

const benchmark: Benchmark = {
  description:
    "GraphQL API over the replicated graph (npm run bench -- api-graph builds it from the real Llama-2-7b crawl, model cards and reddit-bulk, shapes kept): familyTree of a base with >= 20k descendants (up 3, down 3, limit 2000), model(id), and 50 concurrent autocannon clients on a mix; baseline: the same named Cypher through the Gateway (driver) in the same run, no HTTP/GraphQL",
  async run({ args, log }: BenchOptions): Promise<BenchResult> {
    const seconds = Number(args[args.indexOf("--duration") + 1] ?? 20) || 20;
    const gateway = Gateway.connect();
    const server = await createServer({ gateway, port: 0, limits: LIMITS });
    const ctx: ApiContext = { gateway, limits: LIMITS, authorized: false };
    try {
      const counts = await countGraph(gateway);
      const [base] = await gateway.read<{ count: number }>("api/model-descendants-count", {
        key: SHARED_BASE.toLowerCase(),
      });
      log(`graph: ${JSON.stringify(counts)}; ${SHARED_BASE} has ${base?.count} descendants`);
      if (counts.models === 0)
        throw new Error("no graph: run `npm run bench -- api-graph` first (same NEO4J_URI)");
      const [sample] = await gateway.read<{ ids: string[] }>("api/bench/sample-model-keys", {
        step: Math.max(1, Math.floor(counts.models / 2000)),
      });
      const ids = sample?.ids ?? [];
      const threads = (await gateway.read<{ id: string }>("api/bench/sample-thread-ids", { limit: 500 })).map(
        (r) => r.id,
      );
      const treeRoots = ids.filter((id) => id.includes("~f")).slice(0, 200);

      // Warm both paths (plans, page cache, JIT) before measuring.
      for (let i = 0; i < 30; i++) {
        await post(server, TREE_QUERY, { id: SHARED_BASE });
        await post(server, MODEL_QUERY, { id: ids[i % ids.length] });
      }

      const treeOptions = { up: 3, down: 3, limit: 2000, relations: null };
      const treeApi = await time(100, () => post(server, TREE_QUERY, { id: SHARED_BASE }));
      const treeCypher = await time(100, () => familyTree(ctx, SHARED_BASE.toLowerCase(), treeOptions));
      const tree = await familyTree(ctx, SHARED_BASE.toLowerCase(), treeOptions);
      log(`familyTree: ${tree.nodes.length} nodes, ${tree.edges.length} edges, truncated ${tree.truncated}`);
      if (tree.nodes.length < 2000)
        throw new Error(`the base's tree has ${tree.nodes.length} nodes: graph incomplete`);
      const modelApi = await time(500, (i) => post(server, MODEL_QUERY, { id: ids[(i * 7) % ids.length] }));
      const modelCypher = await time(500, (i) =>
        gateway.read("api/model-by-key", { key: ids[(i * 7) % ids.length]?.toLowerCase() }),
      );

      // The mix: mostly model lookups, then small family trees, threads with their comments, and search.
      const mix: Array<{ query: string; variables: Record<string, string> }> = [];
      for (let i = 0; i < 400; i++) {
        const kind = i % 10;
        if (kind < 5)
          mix.push({ query: MODEL_QUERY, variables: { id: ids[(i * 13) % ids.length] ?? SHARED_BASE } });
        else if (kind < 7)
          mix.push({ query: TREE_QUERY, variables: { id: treeRoots[i % treeRoots.length] ?? SHARED_BASE } });
        else if (kind < 9)
          mix.push({ query: THREAD_QUERY, variables: { id: threads[i % threads.length] ?? "" } });
        else
          mix.push({
            query: SEARCH_QUERY,
            variables: { q: ["mistral", "llama 7b", "gguf", "openhermes"][i % 4] ?? "mistral" },
          });
      }
      const load = await autocannon({
        url: `${server.url}graphql`,
        connections: 50,
        duration: seconds,
        requests: mix.map((request) => ({
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request),
        })),
      });
      log(`autocannon: ${load.requests.total} requests, ${load.non2xx} non-2xx, ${load.errors} errors`);

      // Baseline for the mix: the same named queries through the Gateway by 50 concurrent workers.
      const mixCypher = async (i: number): Promise<unknown> => {
        const request = mix[i % mix.length];
        const id = request?.variables.id ?? "";
        if (request?.query === MODEL_QUERY)
          return gateway.read("api/model-by-key", { key: id.toLowerCase() });
        if (request?.query === TREE_QUERY) return familyTree(ctx, id.toLowerCase(), treeOptions);
        if (request?.query === THREAD_QUERY) {
          return Promise.all([
            gateway.read("api/thread-by-id", { id }),
            gateway.read("api/thread-comments", { id, limit: 10_000 }),
          ]);
        }
        return gateway.read("api/search-models", { query: request?.variables.q ?? "", limit: 20 });
      };
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      let next = 0;
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          while (performance.now() < deadline) {
            const started = performance.now();
            await mixCypher(next++);
            latencies.push(performance.now() - started);
          }
        }),
      );
      latencies.sort((a, b) => a - b);

      return {
        figures: {
          familyTreeP50Ms: treeApi.p50,
          familyTreeP95Ms: treeApi.p95,
          familyTreeNodes: tree.nodes.length,
          modelP50Ms: modelApi.p50,
          modelP95Ms: modelApi.p95,
          mixRequestsPerSecond: load.requests.average,
          mixP50Ms: load.latency.p50 ?? Number.NaN,
          mixP97_5Ms: load.latency.p97_5 ?? Number.NaN,
          mixNon2xx: load.non2xx + load.errors,
          familyTreeOverhead: treeApi.p50 / treeCypher.p50,
          modelOverhead: modelApi.p50 / modelCypher.p50,
          models: counts.models,
          comments: counts.comments,
          replies: counts.replies,
          baseDescendants: base?.count ?? 0,
        },
        baseline: {
          familyTreeP50Ms: treeCypher.p50,
          familyTreeP95Ms: treeCypher.p95,
          modelP50Ms: modelCypher.p50,
          modelP95Ms: modelCypher.p95,
          mixRequestsPerSecond: latencies.length / seconds,
          mixP50Ms: percentile(latencies, 50),
          mixP97_5Ms: percentile(latencies, 97.5),
        },
        goals: {
          familyTreeP50Ms: "<= 50",
          familyTreeP95Ms: "<= 150",
          modelP95Ms: "<= 10",
          models: ">= 1000000",
          comments: ">= 5000000",
          baseDescendants: ">= 20000",
        },
        notes:
          "replicated graph (real shapes, copied ids; replies = comments when every copied comment kept its REPLY_TO edge); 2-core machine shared with other builds",
      };
    } finally {
      await server.close();
      await gateway.close();
    }
  },
};

export default benchmark;
