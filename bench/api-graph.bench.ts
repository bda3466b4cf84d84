import path from "node:path";

import { loadQuery } from "../db/cypher.ts";
import { Gateway } from "../db/gateway.ts";
import { readCheckpoint, saveCheckpoint } from "../ingest/common/checkpoint.ts";
import { ingestHfCards } from "../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTree } from "../ingest/hf/ingest-hf-tree.ts";
import { ingestRedditFiles } from "../ingest/reddit/ingest-reddit-files.ts";
import type { BenchOptions, BenchResult, Benchmark } from "./benchmark.ts";

/** The real data the benchmark graph is replicated from. */
const SAMPLES = path.resolve(import.meta.dirname, "..", "samples");
const TREE_FILE = path.join(SAMPLES, "hf", "trees", "Llama-2-7b_finetunes_20250422_180448.json");
/** The base model every copy of the mega family hangs under. */
export const SHARED_BASE = "meta-llama/Llama-2-7b";
const CHECKPOINT = "bench:api-graph";

/** What the API benchmark needs: sizes to reach, read from `--models N --comments N --base-descendants N`. */
export interface GraphTargets {
  readonly models: number;
  readonly comments: number;
  readonly baseDescendants: number;
}

export function graphTargets(args: readonly string[]): GraphTargets {
  const value = (flag: string, fallback: number): number => {
    const i = args.indexOf(flag);
    const n = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag}: not a count: ${args[i + 1]}`);
    return n;
  };
  return {
    models: value("--models", 1_000_000),
    comments: value("--comments", 5_000_000),
    baseDescendants: value("--base-descendants", 20_000),
  };
}

type Counts = {
  models: number;
  threads: number;
  comments: number;
  derivations: number;
  replies: number;
  realModels: number;
  realComments: number;
};
/** Copies done so far; replyCopies: how many reddit copies have their REPLY_TO edges (older graphs had none). */
type Progress = { megaCopies: number; familyCopies: number; redditCopies: number; replyCopies: number };

/**
 * Builds the API benchmark's graph by replicating real data with its shapes kept: the real Llama-2-7b crawl and
 * the model cards (loaded by the real HF ingest) are copied whole, model by model and edge by edge, as separate
 * families (`~fN` replicas) until there are `models` models, and their non-base models are also copied under
 * the one real base (`~mN` replicas) until it has `baseDescendants` descendants; the reddit-bulk threads and
 * comments (real Reddit ingest) are copied with their trees (REPLY_TO edges included), scores, bodies and
 * authors (`_N` ids) until there are `comments` comments. Copying runs inside Neo4j (CALL … IN TRANSACTIONS). Resumable: a checkpoint
 * records the copies done.
 */
export async function ensureBenchGraph(
  gateway: Gateway,
  targets: GraphTargets,
  log: (line: string) => void,
): Promise<{ counts: Counts; seconds: Record<string, number> }> {
  const seconds: Record<string, number> = {};
  let counts = await countGraph(gateway);
  if (counts.models === 0) {
    const started = Date.now();
    await ingestHfTree(gateway, TREE_FILE);
    await ingestHfCards(gateway, path.join(SAMPLES, "hf", "cards"));
    seconds.ingestHf = (Date.now() - started) / 1000;
    log(`real HF samples loaded in ${seconds.ingestHf} s`);
  }
  if (counts.threads === 0) {
    const started = Date.now();
    await ingestRedditFiles(gateway, [path.join(SAMPLES, "reddit-bulk")]);
    seconds.ingestReddit = (Date.now() - started) / 1000;
    log(`real reddit-bulk loaded in ${seconds.ingestReddit} s`);
  }
  const template = await countGraph(gateway);
  const progress: Progress = {
    megaCopies: 0,
    familyCopies: 0,
    redditCopies: 0,
    replyCopies: 0,
    ...(await readCheckpoint<Partial<Progress>>(gateway, CHECKPOINT))?.state,
  };
  const save = (): Promise<void> =>
    gateway.writeTransaction((tx) => saveCheckpoint(tx, CHECKPOINT, progress));

  // The mega family: copies of every model but the base, all hanging under the real base.
  const [base] = await gateway.read<{ count: number }>("api/model-descendants-count", {
    key: SHARED_BASE.toLowerCase(),
  });
  // Each copy adds the real family's descendants once more: descendants = perCopy × (1 + copies made).
  const perCopy = Math.max(1, (base?.count ?? 1) / (1 + progress.megaCopies));
  const megaCopies = Math.max(progress.megaCopies, Math.ceil(targets.baseDescendants / perCopy) - 1);
  seconds.models = 0;
  seconds.comments = 0;
  let started = Date.now();
  while (progress.megaCopies < megaCopies) {
    const to = Math.min(megaCopies, progress.megaCopies + 50);
    await replicate(gateway, "models", {
      from: progress.megaCopies + 1,
      to,
      tag: "~m",
      skipKey: SHARED_BASE.toLowerCase(),
    });
    await replicate(gateway, "derivations", {
      from: progress.megaCopies + 1,
      to,
      tag: "~m",
      sharedKey: SHARED_BASE.toLowerCase(),
    });
    progress.megaCopies = to;
    await save();
    log(`mega family: ${to}/${megaCopies} copies`);
  }
  // Separate families until the model target.
  counts = await countGraph(gateway);
  const familyCopies =
    progress.familyCopies + Math.max(0, Math.ceil((targets.models - counts.models) / template.realModels));
  while (progress.familyCopies < familyCopies) {
    const to = Math.min(familyCopies, progress.familyCopies + 250);
    await replicate(gateway, "models", { from: progress.familyCopies + 1, to, tag: "~f", skipKey: null });
    await replicate(gateway, "derivations", {
      from: progress.familyCopies + 1,
      to,
      tag: "~f",
      sharedKey: null,
    });
    progress.familyCopies = to;
    await save();
    log(`families: ${to}/${familyCopies} copies`);
  }
  seconds.models += (Date.now() - started) / 1000;
  // Threads and comments until the comment target.
  started = Date.now();
  counts = await countGraph(gateway);
  const redditCopies =
    progress.redditCopies +
    Math.max(0, Math.ceil((targets.comments - counts.comments) / template.realComments));
  while (progress.redditCopies < redditCopies) {
    const to = Math.min(redditCopies, progress.redditCopies + 8);
    await replicate(gateway, "threads", { from: progress.redditCopies + 1, to });
    await replicate(gateway, "comments", { from: progress.redditCopies + 1, to });
    progress.redditCopies = to;
    await save();
    log(`reddit: ${to}/${redditCopies} copies`);
  }
  // Reply edges once both ends of a copy exist; this also completes copies made before replies were copied.
  while (progress.replyCopies < progress.redditCopies) {
    const to = Math.min(progress.redditCopies, progress.replyCopies + 16);
    await replicate(gateway, "replies", { from: progress.replyCopies + 1, to });
    progress.replyCopies = to;
    await save();
    log(`reddit replies: ${to}/${progress.redditCopies} copies`);
  }
  seconds.comments += (Date.now() - started) / 1000;
  return { counts: await countGraph(gateway), seconds };
}

async function replicate(gateway: Gateway, what: string, params: Record<string, unknown>): Promise<void> {
  const name = `api/bench/replicate-${what}`;
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, so the named file runs through runAutoCommit.
  await gateway.runAutoCommit(loadQuery(name), params, name);
}

export async function countGraph(gateway: Gateway): Promise<Counts> {
  const [row] = await gateway.read<Counts>("api/bench/replica-counts");
  return (
    row ?? {
      models: 0,
      threads: 0,
      comments: 0,
      derivations: 0,
      replies: 0,
      realModels: 0,
      realComments: 0,
    }
  );
}

const benchmark: Benchmark = {
  description:
    "Builds the API benchmark graph inside Neo4j by replicating the real Llama-2-7b crawl, model cards and reddit-bulk threads with their shapes (default >= 1M models, >= 5M comments, a base with >= 20k descendants); figures are copy rates, the baseline is the real ingest's rate on the same data in the same run",
  async run({ args, log }: BenchOptions): Promise<BenchResult> {
    const gateway = Gateway.connect();
    try {
      const before = await countGraph(gateway);
      const started = Date.now();
      const { counts, seconds } = await ensureBenchGraph(gateway, graphTargets(args), log);
      const total = (Date.now() - started) / 1000;
      const [base] = await gateway.read<{ count: number }>("api/model-descendants-count", {
        key: SHARED_BASE.toLowerCase(),
      });
      return {
        figures: {
          models: counts.models,
          comments: counts.comments,
          threads: counts.threads,
          derivations: counts.derivations,
          replies: counts.replies,
          baseDescendants: base?.count ?? 0,
          modelsPerSecond: seconds.models ? (counts.models - before.models) / seconds.models : 0,
          commentsPerSecond: seconds.comments ? (counts.comments - before.comments) / seconds.comments : 0,
          seconds: total,
        },
        baseline: {
          realHfIngestSeconds: seconds.ingestHf ?? 0,
          realRedditIngestCommentsPerSecond: seconds.ingestReddit ? 66_551 / seconds.ingestReddit : 0,
        },
        notes: "replicated graph (real shapes, copied ids); figures are 0 when the graph was already built",
      };
    } finally {
      await gateway.close();
    }
  },
};

export default benchmark;
