import { loadQuery } from "../db/cypher.ts";
import { Gateway } from "../db/gateway.ts";
import { clearCheckpoints } from "../ingest/common/checkpoint.ts";
import { applySchema } from "../db/schema.ts";
import { crawlHfAll } from "../ingest/hf/crawl-hf-all.ts";
import { crawlHfModel } from "../ingest/hf/crawl-hf-model.ts";
import { nextLink } from "../ingest/hf/hub-client.ts";
import { replicateModels, startHubStandin } from "../tests/support/hub-standin.ts";
import type { Benchmark } from "./benchmark.ts";

// `npm run bench -- hf-requests [--models N]`, against the database the environment names (NEO4J_URI, else the
// local one); it writes only replica ids (owners ORG-rN) and deletes them before and after.
const CHECKPOINTS = "hf:all:http://127.0.0.1";

const benchmark: Benchmark = {
  description:
    "HTTP requests the Hub crawlers make, against the local Hub stand-in serving N models replicated from the 89 " +
    "real records of samples/hf/trees under new ids ORG-rN/NAME (1,000 per page, as the Hub): --all per 1,000 " +
    "models, and a --model tree crawl (Llama-2-7b replica, 3 levels down) per model that has children. Baselines, " +
    "measured on the same stand-in: one GET per model for --all; one list per relation per model for the tree.",
  async run({ args, log }) {
    const index = args.indexOf("--models");
    const count = index >= 0 ? Number(args[index + 1]) : 20_000;
    const models = replicateModels(count);
    const hub = await startHubStandin({ models, maxPageSize: 1000 });
    const gateway = Gateway.connect();
    try {
      await applySchema(gateway);
      await cleanUp(gateway);
      const all = await crawlHfAll(gateway, { hubUrl: hub.url });
      log(`--all: ${all.summary()}`);
      await cleanUp(gateway);

      const root = "meta-llama-r0/Llama-2-7b";
      const tree = await crawlHfModel(gateway, root, { hubUrl: hub.url, up: 0, down: 3, maxModels: 10_000 });
      log(`--model: ${tree.summary()}`);
      const [row] = await gateway.runAutoCommit<{ withChildren: number }>(
        "MATCH (c:Model)-[:DERIVED_FROM]->(p:Model) WHERE c.key =~ '[^/]*-r0/.*' AND c.placeholder = false RETURN count(DISTINCT p) AS withChildren",
      );
      const withChildren = row?.withChildren ?? 0;

      // Baselines on the same server: a GET per model (first 1,000), and lists per relation per model.
      const before = hub.requests.length;
      for (const model of models.slice(0, 1000))
        await fetch(`${hub.url}/api/models/${String(model.id)}`).then((r) => r.arrayBuffer());
      const perModel = hub.requests.length - before;
      const naiveTree = await naiveTreeCrawl(hub.url, root, 3);
      return {
        figures: {
          allModels: all.loaded,
          allRequests: all.requests,
          allRequestsPer1000: (all.requests / all.loaded) * 1000,
          treeModels: tree.loaded,
          treeModelsWithChildren: withChildren,
          treeRequests: tree.requests,
          treeRequestsPerModelWithChildren: tree.requests / Math.max(1, withChildren),
        },
        baseline: {
          allRequestsPer1000OneGetPerModel: perModel,
          treeRequestsOneListPerRelation: naiveTree.requests,
          treeModelsOneListPerRelation: naiveTree.models,
        },
        goals: { allRequestsPer1000: "<= 2", treeRequestsPerModelWithChildren: "about 1" },
      };
    } finally {
      await cleanUp(gateway);
      await gateway.close();
      await hub.close();
    }
  },
};
export default benchmark;

/** The wasteful way: GET each model, then one list per relation for every model, children or not. */
async function naiveTreeCrawl(
  hubUrl: string,
  root: string,
  depth: number,
): Promise<{ requests: number; models: number }> {
  let requests = 0;
  const seen = new Set<string>([root]);
  let level = [root];
  for (let d = 0; d < depth; d += 1) {
    const next: string[] = [];
    for (const id of level) {
      requests += 1;
      await fetch(`${hubUrl}/api/models/${id}`).then((r) => r.arrayBuffer());
      for (const relation of ["finetune", "adapter", "quantized", "merge"]) {
        let url: string | undefined =
          `${hubUrl}/api/models?filter=${encodeURIComponent(`base_model:${relation}:${id}`)}&limit=1000`;
        while (url !== undefined) {
          const response: Response = await fetch(url);
          requests += 1;
          for (const child of (await response.json()) as { id: string }[]) {
            if (!seen.has(child.id)) {
              seen.add(child.id);
              next.push(child.id);
            }
          }
          url = nextLink(response.headers.get("link"));
        }
      }
    }
    level = next;
  }
  return { requests, models: seen.size };
}

async function cleanUp(gateway: Gateway): Promise<void> {
  // Only what the benchmark wrote (replica ids); checkpoints of its runs are cleared by prefix.
  await gateway.runAutoCommit(loadQuery("hf/delete-replicas"), {}, "hf/delete-replicas");
  await clearCheckpoints(gateway, CHECKPOINTS);
}
